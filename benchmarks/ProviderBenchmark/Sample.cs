namespace ProviderBenchmark;

/// <summary>One measured run of one contender, timed inside the contender's own process.</summary>
/// <param name="Seconds">Wall time of the run.</param>
/// <param name="CpuSeconds">CPU time the process spent during the run, all threads, user + system: less
/// sensitive than wall time to load from elsewhere on the machine.</param>
/// <param name="Fingerprint">What the run read or wrote, summarised; equal across contenders when they did the same work.</param>
/// <param name="AllocatedBytesPerRow">Managed bytes allocated per row by the timed loop, for our contenders; null otherwise.</param>
public sealed record Sample(double Seconds, double CpuSeconds, string Fingerprint, double? AllocatedBytesPerRow = null);
