namespace ProviderBenchmark;

/// <summary>The measured runs of one contender on one benchmark.</summary>
/// <param name="Contender">Who ran it, e.g. <c>ours: DuckDbDataReader</c>.</param>
/// <param name="Seconds">Wall time of each measured run, in seconds (warm-up runs excluded).</param>
/// <param name="Fingerprint">What the runs read or wrote, summarised; equal across contenders when they did the same work.</param>
/// <param name="AllocatedBytesPerRow">Managed bytes allocated per row by the timed loop, for the .NET contenders; null otherwise.</param>
public sealed record Measurement(string Contender, IReadOnlyList<double> Seconds, string Fingerprint, double? AllocatedBytesPerRow = null)
{
    public double Median
    {
        get
        {
            var sorted = Seconds.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public double Min => Seconds.Min();

    public double Max => Seconds.Max();

    /// <summary>Rows per second at the median time.</summary>
    public double RowsPerSecond(long rows) => rows / Median;
}
