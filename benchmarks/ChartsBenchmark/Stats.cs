namespace ChartsBenchmark;

/// <summary>Median, minimum and maximum of the per-item times of several runs, in ms.</summary>
internal sealed record Stats(double Median, double Min, double Max, int Runs)
{
    public static Stats Of(IReadOnlyList<double> runs)
    {
        var sorted = runs.Order().ToArray();
        var n = sorted.Length;
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(median, sorted[0], sorted[^1], n);
    }

    public override string ToString() => $"{Median,9:F3} ms  [{Min:F3} – {Max:F3}]";
}
