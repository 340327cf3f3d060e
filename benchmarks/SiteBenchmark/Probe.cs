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

    /// <summary>CPU seconds (user and system) used so far by a process and its direct children (nginx's workers).</summary>
    public static double CpuSeconds(int pid)
    {
        var total = Ticks(pid);
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(directory), out var child) && child != pid && Parent(child) == pid) total += Ticks(child);
        return total / 100.0; // USER_HZ
    }

    /// <summary>The fields of /proc/PID/stat after the command name (which may hold spaces), or none when the process is gone.</summary>
    private static string[] StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static int Parent(int pid) => StatFields(pid) is { Length: > 1 } fields ? int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) : 0;

    // utime and stime are fields 14 and 15 of /proc/PID/stat, i.e. 11 and 12 after the state field.
    private static long Ticks(int pid) => StatFields(pid) is { Length: > 12 } fields
        ? long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)
        : 0;

    private static double Kilobytes(string line) => double.Parse(line.Split(':')[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
