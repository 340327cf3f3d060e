namespace ProviderBenchmark;

/// <summary>The measured runs of one contender on one benchmark (warm-up runs excluded).</summary>
public sealed class Measurement(string contender)
{
    private readonly List<Sample> samples = [];

    /// <summary>Who ran it, e.g. <c>DuckDB.NET 1.5.6.1, streaming</c>.</summary>
    public string Contender { get; } = contender;

    public IReadOnlyList<double> Seconds => samples.Select(s => s.Seconds).ToArray();

    /// <summary>The runs' fingerprints; several distinct ones (joined by " | ") mean the runs disagreed.</summary>
    public string Fingerprint => string.Join(" | ", samples.Select(s => s.Fingerprint).Distinct());

    /// <summary>The largest per-run figure, so that one allocating run is not hidden; null when not measured.</summary>
    public double? AllocatedBytesPerRow => samples.Max(s => s.AllocatedBytesPerRow);

    /// <summary>Median wall time, in seconds.</summary>
    public double Median => MedianOf(Seconds);

    /// <summary>Median CPU time of the process during a run, in seconds.</summary>
    public double CpuMedian => MedianOf(samples.Select(s => s.CpuSeconds).ToArray());

    public double Min => Seconds.Min();

    public double Max => Seconds.Max();

    public void Add(Sample sample) => samples.Add(sample);

    /// <summary>Rows per second at the median time.</summary>
    public double RowsPerSecond(long rows) => rows / Median;

    private static double MedianOf(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
