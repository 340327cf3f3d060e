namespace ModelsBenchmark;

/// <summary>Percentiles of one query's latency, in milliseconds: wall clock and process CPU time.</summary>
internal sealed record Latency(double WallP50, double WallP95, double CpuP50, double CpuP95);
