using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DigestBenchmark;

/// <summary>The local SMTP server: Debian's aiosmtpd on a free loopback port, storing to a Maildir (or discarding with <c>--handler sink</c>).</summary>
internal sealed class SmtpSink : IDisposable
{
    private readonly Process process;

    private SmtpSink(Process process, int port, string maildir, bool stores)
    {
        this.process = process;
        Port = port;
        Maildir = maildir;
        Stores = stores;
    }

    public int Port { get; }

    public string Maildir { get; }

    public bool Stores { get; }

    public static SmtpSink Start(string maildir, string handler)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var stores = handler != "sink";
        var start = new ProcessStartInfo("/usr/bin/python3") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", stores ? "aiosmtpd.handlers.Mailbox" : "aiosmtpd.handlers.Sink" })
            start.ArgumentList.Add(arg);
        if (stores) start.ArgumentList.Add(maildir);
        var process = Process.Start(start)!;
        for (var tries = 0; ; tries++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                break;
            }
            catch (SocketException) when (tries < 200)
            {
                Thread.Sleep(50);
            }
        }
        return new SmtpSink(process, port, maildir, stores);
    }

    /// <summary>CPU time the server has used (user and system), from /proc.</summary>
    public TimeSpan CpuTime()
    {
        var fields = File.ReadAllText($"/proc/{process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // utime and stime are fields 14 and 15 of stat, in clock ticks of 1/100 s.
        return TimeSpan.FromSeconds((long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0);
    }

    public void WaitForCount(int count, TimeSpan timeout)
    {
        if (!Stores) return;
        var deadline = DateTime.UtcNow + timeout;
        while (Count() < count && DateTime.UtcNow < deadline) Thread.Sleep(50);
    }

    public int Count() => Directory.Exists(Path.Combine(Maildir, "new")) ? Directory.GetFiles(Path.Combine(Maildir, "new")).Length : 0;

    public double AverageMessageBytes()
    {
        var folder = Path.Combine(Maildir, "new");
        if (!Stores || !Directory.Exists(folder)) return double.NaN;
        var files = Directory.GetFiles(folder);
        return files.Length == 0 ? double.NaN : files.Average(f => new FileInfo(f).Length);
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
