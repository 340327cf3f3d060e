using System.Diagnostics;

namespace ProviderBenchmark;

/// <summary>Wall and CPU time of a stretch of this process's work, as the C and Node contenders measure theirs.</summary>
public sealed class ProcessClock
{
    private readonly Process process = Process.GetCurrentProcess();
    private readonly Stopwatch wall = new();
    private TimeSpan cpuAtStart;

    public double Seconds => wall.Elapsed.TotalSeconds;

    public double CpuSeconds { get; private set; }

    public void Start()
    {
        process.Refresh();
        cpuAtStart = process.TotalProcessorTime;
        wall.Restart();
    }

    public void Stop()
    {
        wall.Stop();
        process.Refresh();
        CpuSeconds = (process.TotalProcessorTime - cpuAtStart).TotalSeconds;
    }
}
