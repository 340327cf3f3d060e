namespace ImportBenchmark;

/// <summary>One line of the results: rows, seconds (wall and CPU) and peak resident memory (KiB) of a file, a phase or a whole run.</summary>
internal sealed record StepFigures(string Name, long Rows, double Seconds, double CpuSeconds, long PeakKb)
{
    public double RowsPerSecond => Seconds > 0 ? Rows / Seconds : 0;

    public double PeakMb => PeakKb / 1024.0;
}
