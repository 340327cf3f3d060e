namespace ImportBenchmark;

/// <summary>What a child process measured itself: per file the rows and seconds, the whole run's seconds and peak memory.</summary>
/// <param name="Failure">Why the run failed (the first problems), or null.</param>
/// <param name="TotalSeconds">From the start of the import (or of the first read_csv) to its end, checks and publishing included.</param>
/// <param name="CpuSeconds">CPU time over the same span, all threads.</param>
/// <param name="PeakKb">VmHWM of the child at the end, in KiB.</param>
internal sealed record ChildResult(bool Succeeded, string? Failure, IReadOnlyList<FileResult> Files, double TotalSeconds, double CpuSeconds, long PeakKb);

/// <summary>One file of a child's run: its name, the ledger rows it held, and the seconds (wall and CPU) spent reading it.</summary>
internal sealed record FileResult(string Name, long Rows, double Seconds, double CpuSeconds);
