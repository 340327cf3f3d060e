namespace ProviderBenchmark;

/// <summary>A named way of doing a benchmark's work once: warm-up runs first, then one measured run per round.</summary>
/// <param name="Label">How the table names it.</param>
/// <param name="WarmUp">Runs the work without measuring it (once before the rounds), or null when every run warms itself up.</param>
/// <param name="Run">Runs the work once and returns the measured run.</param>
public sealed record Contender(string Label, Action? WarmUp, Func<Sample> Run);
