using System.Diagnostics;

namespace ImportBenchmark;

/// <summary>CPU time of this process (user and system, all threads, DuckDB's included), in seconds: unlike wall time, hardly moved by other load on the machine.</summary>
internal static class ProcessCpu
{
    public static double Seconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }
}
