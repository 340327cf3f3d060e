namespace ImportBenchmark;

/// <summary>A child's resident memory at one moment (seconds since it was started): current and peak so far, in KiB.</summary>
internal readonly record struct MemorySample(double At, long RssKb, long PeakKb);
