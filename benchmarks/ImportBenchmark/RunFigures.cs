namespace ImportBenchmark;

/// <summary>
/// The figures of one measured child run: each file, the rest of the run (checks, hashing and publishing
/// for the import; the checkpoint for read_csv) and the whole.
/// </summary>
internal sealed record RunFigures(string Format, int Scale, bool Succeeded, string? Failure,
    IReadOnlyList<StepFigures> Files, StepFigures Rest, StepFigures Total)
{
    public static RunFigures From(ChildRun run, string format, int scale, string restName)
    {
        if (run.Result is not { } result)
            return Failed(format, scale, $"exit code {run.ExitCode}: {string.Join(" | ", run.Errors.TakeLast(5))}");

        var files = result.Files.Select(f =>
        {
            var span = run.FileSpan(f.Name) ?? (0, 0);
            return new StepFigures(f.Name, f.Rows, f.Seconds, f.CpuSeconds, run.PeakKb(span.Start, span.End));
        }).ToList();
        var lastFileEnd = result.Files.Select(f => run.FileSpan(f.Name)?.End ?? 0).DefaultIfEmpty(0).Max();
        var peak = Math.Max(result.PeakKb, run.PeakKb());
        var rest = new StepFigures(restName, 0, Math.Max(0, result.TotalSeconds - files.Sum(f => f.Seconds)),
            Math.Max(0, result.CpuSeconds - files.Sum(f => f.CpuSeconds)), run.PeakKb(lastFileEnd, run.End));
        var total = new StepFigures("total", files.Sum(f => f.Rows), result.TotalSeconds, result.CpuSeconds, peak);
        return new RunFigures(format, scale, result.Succeeded, result.Failure, files, rest, total);
    }

    private static RunFigures Failed(string format, int scale, string failure) =>
        new(format, scale, false, failure, [], new StepFigures("", 0, 0, 0, 0), new StepFigures("total", 0, 0, 0, 0));
}
