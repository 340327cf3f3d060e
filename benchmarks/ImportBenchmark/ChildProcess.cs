using System.Diagnostics;

namespace ImportBenchmark;

/// <summary>
/// Runs this program again in a child mode and watches it from outside: its resident memory
/// (<c>/proc/PID/status</c>, VmRSS and VmHWM, every 10 ms) and the time each output line arrived.
/// </summary>
internal static class ChildProcess
{
    private static readonly TimeSpan SamplePeriod = TimeSpan.FromMilliseconds(10);

    public static ChildRun Run(IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo
        {
            FileName = Environment.ProcessPath!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Started as `dotnet ImportBenchmark.dll` rather than through the app host: pass the assembly on.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);

        var lines = new List<TimedLine>();
        var errors = new List<string>();
        var samples = new List<MemorySample>();
        using var process = new Process { StartInfo = start };
        var clock = Stopwatch.StartNew();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line) lock (lines) lines.Add(new TimedLine(clock.Elapsed.TotalSeconds, line));
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line) lock (errors) errors.Add(line);
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        while (!process.HasExited)
        {
            if (ProcStatus.Read(process.Id) is { } status)
                samples.Add(new MemorySample(clock.Elapsed.TotalSeconds, status.RssKb, status.PeakKb));
            Thread.Sleep(SamplePeriod);
        }
        process.WaitForExit();
        return new ChildRun(process.ExitCode, lines, errors, samples);
    }
}
