namespace ImportBenchmark;

/// <summary>A goal of the benchmark, whether it was met, and the figures that decide it.</summary>
internal sealed record Goal(string Description, bool Passed, string Figures);
