namespace ImportBenchmark;

/// <summary>The goals, judged on the figures of the largest scale (and the smaller one for memory growth).</summary>
internal static class Goals
{
    /// <summary>The CSV import may take at most this many times DuckDB's own read_csv of the same files.</summary>
    public const double MaxTimeOverFloor = 3.0;

    /// <summary>Peak resident memory allowed for an import at the largest scale, in MB.</summary>
    public const double MaxPeakMb = 500;

    /// <summary>
    /// Peak memory at the large scale over peak at the small one: files ten times larger, memory at
    /// most half as large again, or it grows with the file.
    /// </summary>
    public const double MaxPeakGrowth = 1.5;

    public static IReadOnlyList<Goal> Evaluate(BenchmarkOptions options, Measurements measurements)
    {
        var goals = new List<Goal>();
        var (small, large) = (options.Scales[0], options.Scales[^1]);
        foreach (var format in options.Formats)
        {
            var import = measurements.Import(format, large);
            if (import is not { Succeeded: true })
                goals.Add(new Goal($"import of the {format} files at scale {large} succeeds", false, import?.Failure ?? "not run"));
        }

        if (measurements.Import("csv", large) is { Succeeded: true } csv && measurements.Floor(large) is { } floor)
        {
            var ratio = csv.Total.Seconds / floor.Total.Seconds;
            goals.Add(new Goal($"CSV import ≤ {MaxTimeOverFloor:F0}× DuckDB read_csv of the same files (scale {large}, wall time)", ratio <= MaxTimeOverFloor,
                $"{ResultsReport.Seconds(csv.Total.Seconds)} s against {ResultsReport.Seconds(floor.Total.Seconds)} s = {ResultsReport.Ratio(ratio)} " +
                $"(CPU {ResultsReport.Seconds(csv.Total.CpuSeconds)} s against {ResultsReport.Seconds(floor.Total.CpuSeconds)} s = {ResultsReport.Ratio(csv.Total.CpuSeconds / floor.Total.CpuSeconds)})"));
        }

        foreach (var format in options.Formats)
        {
            if (measurements.Import(format, large) is not { Succeeded: true } import) continue;
            var largest = import.Files.MaxBy(f => f.Rows)!;
            goals.Add(new Goal($"{format} import peak memory < {MaxPeakMb:F0} MB (scale {large}, largest file {largest.Name}: {ResultsReport.Count(largest.Rows)} rows)",
                import.Total.PeakMb < MaxPeakMb,
                $"{ResultsReport.Megabytes(import.Total.PeakMb)} MB for the whole import, {ResultsReport.Megabytes(largest.PeakMb)} MB while reading {largest.Name}"));
        }

        if (small == large) return goals;
        foreach (var format in options.Formats)
        {
            if (measurements.Import(format, small) is not { Succeeded: true } a || measurements.Import(format, large) is not { Succeeded: true } b) continue;
            var growth = b.Total.PeakMb / a.Total.PeakMb;
            goals.Add(new Goal($"{format} import peak memory independent of size (scale {large} ≤ {MaxPeakGrowth:F1}× scale {small})", growth <= MaxPeakGrowth,
                $"{ResultsReport.Megabytes(a.Total.PeakMb)} MB → {ResultsReport.Megabytes(b.Total.PeakMb)} MB = {ResultsReport.Ratio(growth)} " +
                $"for {ResultsReport.Ratio((double)b.Total.Rows / a.Total.Rows)} the rows"));
        }
        return goals;
    }
}
