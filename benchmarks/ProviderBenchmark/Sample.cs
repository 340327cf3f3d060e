namespace ProviderBenchmark;

/// <summary>One measured run of one contender.</summary>
/// <param name="Seconds">Wall time of the run, measured inside the contender's process.</param>
/// <param name="Fingerprint">What the run read or wrote, summarised; equal across contenders when they did the same work.</param>
/// <param name="AllocatedBytesPerRow">Managed bytes allocated per row by the timed loop, for our contenders; null otherwise.</param>
public sealed record Sample(double Seconds, string Fingerprint, double? AllocatedBytesPerRow = null);
