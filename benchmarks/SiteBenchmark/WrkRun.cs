using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteBenchmark;

/// <summary>One wrk run and the figures read from its report.</summary>
internal sealed record WrkRun(string Label, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long SocketErrors, long Non2xx, string Report)
{
    /// <summary>The server's CPU time per request during the run (user and system, its workers included), in µs.</summary>
    public double CpuMicrosecondsPerRequest { get; init; }

    /// <summary>A warm-up run (not reported: the server's code is compiled and its buffers grown), then the measured run with the server's CPU time.</summary>
    public static WrkRun Measure(string label, string url, int threads, int connections, int seconds, int warmupSeconds, int serverProcess)
    {
        if (warmupSeconds > 0) Measure(label, url, threads, connections, warmupSeconds);
        var cpuBefore = Probe.CpuSeconds(serverProcess);
        var run = Measure(label, url, threads, connections, seconds);
        return run with { CpuMicrosecondsPerRequest = (Probe.CpuSeconds(serverProcess) - cpuBefore) * 1e6 / Math.Max(1, run.Requests) };
    }

    public static WrkRun Measure(string label, string url, int threads, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "10s", url }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start wrk");
        var report = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed: {report}");
        var socket = Regex.Match(report, @"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)");
        return new WrkRun(
            label,
            Number(report, @"Requests/sec:\s+([\d.]+)"),
            Duration(Regex.Match(report, @"50%\s+([\d.]+)(us|ms|s)")),
            Duration(Regex.Match(report, @"99%\s+([\d.]+)(us|ms|s)")),
            (long)Number(report, @"(\d+) requests in"),
            socket.Success ? Enumerable.Range(1, 4).Sum(i => long.Parse(socket.Groups[i].Value, CultureInfo.InvariantCulture)) : 0,
            Regex.Match(report, @"Non-2xx or 3xx responses: (\d+)") is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            report);
    }

    private static double Number(string text, string pattern) =>
        double.Parse(Regex.Match(text, pattern).Groups[1].Value, CultureInfo.InvariantCulture);

    private static double Duration(Match match)
    {
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }
}
