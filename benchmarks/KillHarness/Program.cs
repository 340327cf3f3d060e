// Run: dotnet run -c Release --project benchmarks/KillHarness -- --runs 200 [--rows 30000] [--seed 1] [--work DIR]
using System.Diagnostics;
using KillHarness;

// Kills `analytics import` at random moments and checks that the old or the new version is current,
// never a mix, and that the next start and import work. Prints one line per run and a summary.
var options = HarnessOptions.Parse(args);
var work = options.Work ?? Directory.CreateTempSubdirectory("kill-harness-").FullName;
Directory.CreateDirectory(work);
var clock = Stopwatch.StartNew();
var harness = new Harness(options, work);
try
{
    var outcomes = harness.Run(o => Console.WriteLine(
        $"run {o.Run,4}: {o.Moment,-9} kill at {o.KillAfterMs,7:N0} ms{(o.EndedBeforeKill ? " (had ended)" : "")}  {o.Phase,-14} {o.Served,-4}  {(o.Failures.Count == 0 ? "ok" : "FAIL: " + string.Join("; ", o.Failures))}"));
    Summary.Print(Console.Out, options, harness, outcomes, clock.Elapsed);
    return outcomes.All(o => o.Failures.Count == 0) ? 0 : 1;
}
finally
{
    if (options.Work is null) Directory.Delete(work, recursive: true);
}
