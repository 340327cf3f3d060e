using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SiteBenchmark;

/// <summary>Small helpers: free ports, waiting for a server, the resident memory of a process.</summary>
internal static class Probe
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static void WaitUntilUp(string url, Process process, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"{process.StartInfo.FileName} exited with {process.ExitCode}");
            try
            {
                if (Client.GetAsync(url).Result.IsSuccessStatusCode) return;
            }
            catch (AggregateException)
            {
                // not listening yet
            }
            Thread.Sleep(250);
        }
        throw new TimeoutException($"{url} did not answer within {seconds} s");
    }

    public static byte[] Get(string url) => Client.GetByteArrayAsync(url).Result;

    /// <summary>VmRSS and VmHWM of a process, in MB.</summary>
    public static (double Rss, double Peak) Memory(int pid)
    {
        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kilobytes(line) / 1024;
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kilobytes(line) / 1024;
        }
        return (rss, peak);
    }

    private static double Kilobytes(string line) => double.Parse(line.Split(':')[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
