namespace KillHarness;

/// <summary>The figures of a harness run: where the kills landed, what was current after, and every failure.</summary>
public static class Summary
{
    public static void Print(TextWriter output, HarnessOptions options, Harness harness, IReadOnlyList<RunOutcome> outcomes, TimeSpan elapsed)
    {
        var killed = outcomes.Where(o => !o.EndedBeforeKill).ToList();
        var moments = outcomes.Select(o => o.KillAfterMs).Order().ToList();
        output.WriteLine();
        output.WriteLine($"kill harness: {outcomes.Count} runs in {elapsed.TotalSeconds:N0} s; a new ledger of {options.Rows:N0} projects ({harness.LedgerBytes / 1e6:N1} MB) each run; seed {options.Seed}");
        output.WriteLine($"uninterrupted import (process start to exit): {harness.FullImportMs:N0} ms; kills at {moments.FirstOrDefault():N0}–{moments.LastOrDefault():N0} ms, median {Median(moments):N0} ms");
        output.WriteLine("kill moments, a third of the runs each: " + string.Join("; ", Enum.GetValues<KillMoment>().Select(m =>
            $"{Describe(m)} {outcomes.Count(o => o.Moment == m)}")));
        output.WriteLine($"killed while running: {killed.Count}; had already ended: {outcomes.Count - killed.Count}");
        output.WriteLine();
        output.WriteLine($"{"where the kill landed",-32}{"runs",6}{"old current",13}{"new current",13}");
        foreach (var phase in Enum.GetValues<KillPhase>())
        {
            var inPhase = outcomes.Where(o => o.Phase == phase).ToList();
            output.WriteLine($"  {Describe(phase),-30}{inPhase.Count,6}{inPhase.Count(o => o.Served == "old"),13}{inPhase.Count(o => o.Served == "new"),13}");
        }
        output.WriteLine();
        var mixed = outcomes.Count(o => o.Served is not ("old" or "new"));
        var failedStart = outcomes.Count(o => o.Failures.Any(f => f.StartsWith("the next start", StringComparison.Ordinal)));
        var failedImport = outcomes.Count(o => o.Failures.Any(f => f.StartsWith("the next import", StringComparison.Ordinal)));
        var debris = outcomes.Count(o => o.Failures.Any(f => f.Contains("left after the next import", StringComparison.Ordinal)));
        output.WriteLine($"mixed or unreadable versions: {mixed}; next start failed: {failedStart}; next import failed: {failedImport}; leftovers after the next import: {debris}");
        var failed = outcomes.Where(o => o.Failures.Count > 0).ToList();
        output.WriteLine(failed.Count == 0 ? $"PASS: {outcomes.Count}/{outcomes.Count} runs left exactly the old or the new version current" : $"FAIL: {failed.Count} of {outcomes.Count} runs");
        foreach (var run in failed) output.WriteLine($"  run {run.Run}: {string.Join("; ", run.Failures)}");
    }

    private static string Describe(KillMoment moment) => moment switch
    {
        KillMoment.Anywhere => "anywhere in 0–115 % of an uninterrupted import",
        KillMoment.Late => "late, in 70–115 %",
        _ => "0–3 ms after the publish step shows on disk",
    };

    private static string Describe(KillPhase phase) => phase switch
    {
        KillPhase.BeforeBuild => "before the build",
        KillPhase.Building => "building the database",
        KillPhase.KeepingRawFile => "copying the raw file",
        KillPhase.RawFileKept => "raw file kept, no manifest",
        KillPhase.ManifestWritten => "manifest written, not moved",
        KillPhase.BeforeSwitch => "renamed, not yet switched",
        _ => "after the switch / ended",
    };

    private static double Median(List<double> sorted) => sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
}
