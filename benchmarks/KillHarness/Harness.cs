using System.Diagnostics;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;
using Analytics.Tests.Ingest;

namespace KillHarness;

/// <summary>
/// Kills <c>analytics import</c> at random moments, over and over, on one data directory that
/// alternates between two ledger states A and B. After each kill, exactly the old or the new state
/// must be current (never a mix), <c>analytics status</c> must start and name it, and the next
/// uninterrupted import must succeed and leave no unfinished build behind.
/// </summary>
public sealed class Harness(HarnessOptions options, string work)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly DataStore store = new(Path.Combine(work, "data"));
    private readonly Random random = new(options.Seed);

    /// <summary>Milliseconds an uninterrupted import of one ledger over the other takes, process start to exit.</summary>
    public double FullImportMs { get; private set; }

    public long LedgerBytes { get; private set; }

    public List<RunOutcome> Run(Action<RunOutcome> progress)
    {
        var ledgers = Directory.CreateDirectory(Path.Combine(work, "ledgers")).FullName;
        var activities = Path.Combine(ledgers, "招商活动台账.csv");
        File.WriteAllText(activities, "日期,所属地区,活动类型,次数,说明\n2021-03-02,江城区,外出招商,2,赴深圳\n");
        string[] paths =
        [
            GeneratedLedgers.WriteProjects(Path.Combine(ledgers, "a", "项目台账.csv"), options.Rows, seed: 101),
            GeneratedLedgers.WriteProjects(Path.Combine(ledgers, "b", "项目台账.csv"), options.Rows, seed: 202),
        ];
        LedgerBytes = new FileInfo(paths[0]).Length;
        LedgerState[] states = [Reference(paths[0], activities, "ref-a"), Reference(paths[1], activities, "ref-b")];

        Require(new Importer(store).Import([paths[0], activities]).Succeeded, "the first import of A");
        var calibration = new List<double>();
        foreach (var path in new[] { paths[1], paths[0] })
        {
            var clock = Stopwatch.StartNew();
            var (exit, _, error) = AnalyticsProcess.Run(Timeout, "import", path, "--data", store.Root);
            Require(exit == 0, "an uninterrupted import: " + error);
            calibration.Add(clock.Elapsed.TotalMilliseconds);
        }
        FullImportMs = calibration.Max();

        var outcomes = new List<RunOutcome>();
        var from = 0;
        for (var run = 1; run <= options.Runs; run++)
        {
            var outcome = KillOnce(run, paths[1 - from], states[from], states[1 - from]);
            outcomes.Add(outcome);
            progress(outcome);
            from = 1 - from;
        }
        return outcomes;
    }

    private RunOutcome KillOnce(int run, string target, LedgerState old, LedgerState next)
    {
        var failures = new List<string>();
        var versionsBefore = VersionDirectories();
        // Odd runs anywhere in the import, even runs in its last 30 %, where the short steps (raw copy,
        // rename, switch) are; both up to 15 % past the usual end, so that some kills come after it finished.
        var from = run % 2 == 1 ? 0 : 0.7;
        var delay = (from + random.NextDouble() * (1.15 - from)) * FullImportMs;
        var clock = Stopwatch.StartNew();
        bool ended;
        double at;
        using (var process = AnalyticsProcess.Start("import", target, "--data", store.Root))
        {
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            ended = process.WaitForExit(TimeSpan.FromMilliseconds(delay));
            at = clock.Elapsed.TotalMilliseconds;
            if (!ended) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            if (ended && process.ExitCode != 0) failures.Add($"the import ended by itself with exit code {process.ExitCode}");
        }

        var served = Served(old, next, failures);
        var phase = served == "new" ? KillPhase.AfterSwitch : PhaseOf(versionsBefore);
        if (ended && served != "new") failures.Add("an import that finished left the old version current");

        var status = AnalyticsProcess.Run(Timeout, "status", "--data", store.Root);
        if (status.ExitCode != 0 || store.CurrentId is not { } id || !status.Out.Contains($"current version: {id}"))
            failures.Add($"the next start (status) failed: exit {status.ExitCode} {status.Error.Trim()}");

        var import = AnalyticsProcess.Run(Timeout, "import", target, "--data", store.Root);
        if (import.ExitCode != 0) failures.Add($"the next import failed: exit {import.ExitCode} {import.Error.Trim()}");
        else if (Served(old, next, failures) != "new") failures.Add("the next import did not make the new version current");
        if (Directory.GetDirectories(store.VersionsDirectory, ".building-*").Length > 0) failures.Add("an unfinished build is left after the next import");
        if (Directory.GetFiles(store.RawDirectory, ".partial", SearchOption.AllDirectories).Length > 0) failures.Add("a part copy of a raw file is left after the next import");
        return new RunOutcome(run, at, ended, phase, served, failures);
    }

    /// <summary>"old" or "new" when the current version holds exactly one of the two states; a failure otherwise.</summary>
    private string Served(LedgerState old, LedgerState next, List<string> failures)
    {
        try
        {
            var state = LedgerState.Of(store);
            if (state == old) return "old";
            if (state == next) return "new";
            failures.Add("MIX: the current version holds neither the old nor the new data");
            return "mix";
        }
        catch (Exception e)
        {
            failures.Add("the current version cannot be read: " + e.Message);
            return "unreadable";
        }
    }

    private KillPhase PhaseOf(HashSet<string> versionsBefore)
    {
        var current = store.CurrentId;
        if (VersionDirectories().Any(v => !versionsBefore.Contains(v) && v != current)) return KillPhase.BeforeSwitch;
        if (Directory.Exists(store.RawDirectory) && Directory.GetFiles(store.RawDirectory, ".partial", SearchOption.AllDirectories).Length > 0)
            return KillPhase.KeepingRawFile;
        return Directory.GetDirectories(store.VersionsDirectory, ".building-*").Length > 0 ? KillPhase.Building : KillPhase.BeforeBuild;
    }

    private HashSet<string> VersionDirectories() =>
        Directory.GetDirectories(store.VersionsDirectory).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Select(n => n!).ToHashSet();

    private LedgerState Reference(string projects, string activities, string name)
    {
        var reference = new DataStore(Path.Combine(work, name));
        Require(new Importer(reference).Import([projects, activities]).Succeeded, $"the reference import {name}");
        return LedgerState.Of(reference);
    }

    private static void Require(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException("set-up failed: " + what);
    }
}
