using System.Diagnostics;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;
using Analytics.Tests.Ingest;

namespace KillHarness;

/// <summary>
/// Kills <c>analytics import</c> at random moments, over and over, on one data directory. Each run
/// imports a freshly generated projects ledger of the same name (so every step runs, the raw-file copy
/// included), kills it, and checks that the current version holds exactly the data from before the run
/// or the data an uninterrupted import of that ledger gives (never a mix), that <c>analytics status</c>
/// starts and names it, and that the next import succeeds and leaves no unfinished build behind.
/// </summary>
public sealed class Harness(HarnessOptions options, string work)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly DataStore store = new(Path.Combine(work, "data"));
    private readonly Random random = new(options.Seed);
    private readonly string ledgers = Path.Combine(work, "ledgers");

    /// <summary>Milliseconds an uninterrupted import of one ledger over another takes, process start to exit.</summary>
    public double FullImportMs { get; private set; }

    public long LedgerBytes { get; private set; }

    public List<RunOutcome> Run(Action<RunOutcome> progress)
    {
        Directory.CreateDirectory(ledgers);
        var activities = Path.Combine(ledgers, "招商活动台账.csv");
        File.WriteAllText(activities, "日期,所属地区,活动类型,次数,说明\n2021-03-02,江城区,外出招商,2,赴深圳\n");
        var first = Ledger(0);
        LedgerBytes = new FileInfo(first).Length;
        Require(new Importer(store).Import([first, activities]).Succeeded, "the first import");

        var calibration = new List<double>();
        for (var i = 1; i <= 2; i++)
        {
            var clock = Stopwatch.StartNew();
            var (exit, _, error) = AnalyticsProcess.Run(Timeout, "import", Ledger(-i), "--data", store.Root);
            Require(exit == 0, "an uninterrupted import: " + error);
            calibration.Add(clock.Elapsed.TotalMilliseconds);
        }
        FullImportMs = calibration.Max();

        var outcomes = new List<RunOutcome>();
        for (var run = 1; run <= options.Runs; run++)
        {
            var outcome = KillOnce(run, (KillMoment)(run % 3), Ledger(run));
            outcomes.Add(outcome);
            progress(outcome);
        }
        return outcomes;
    }

    /// <summary>项目台账.csv with rows of its own for <paramref name="run"/>.</summary>
    private string Ledger(int run) =>
        GeneratedLedgers.WriteProjects(Path.Combine(ledgers, $"run-{run}", "项目台账.csv"), options.Rows, seed: options.Seed * 1000 + run);

    private RunOutcome KillOnce(int run, KillMoment moment, string target)
    {
        var failures = new List<string>();
        var versionsBefore = VersionDirectories();
        var old = LedgerState.Of(store);
        var clock = Stopwatch.StartNew();
        bool ended;
        double at;
        using (var process = AnalyticsProcess.Start("import", target, "--data", store.Root))
        {
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            ended = WaitForKillMoment(process, moment);
            at = clock.Elapsed.TotalMilliseconds;
            if (!ended) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            if (ended && process.ExitCode != 0) failures.Add($"the import ended by itself with exit code {process.ExitCode}");
        }

        var afterKill = Read(failures);
        var phase = PhaseOf(versionsBefore, afterKill, old, target);

        var status = AnalyticsProcess.Run(Timeout, "status", "--data", store.Root);
        if (status.ExitCode != 0 || store.CurrentId is not { } id || !status.Out.Contains($"current version: {id}"))
            failures.Add($"the next start (status) failed: exit {status.ExitCode} {status.Error.Trim()}");

        var import = AnalyticsProcess.Run(Timeout, "import", target, "--data", store.Root);
        var next = import.ExitCode == 0 ? Read(failures) : null;
        if (import.ExitCode != 0) failures.Add($"the next import failed: exit {import.ExitCode} {import.Error.Trim()}");
        else if (next == old) failures.Add("the next import did not change the data");
        if (Directory.GetDirectories(store.VersionsDirectory, ".building-*").Length > 0) failures.Add("an unfinished build is left after the next import");
        if (Directory.GetFiles(store.RawDirectory, ".partial", SearchOption.AllDirectories).Length > 0) failures.Add("a part copy of a raw file is left after the next import");

        var served = afterKill is null ? "unreadable" : afterKill == old ? "old" : afterKill == next ? "new" : "mix";
        if (served == "mix") failures.Add("MIX: the current version holds neither the old nor the new data");
        if (ended && served != "new") failures.Add("an import that finished left the old version current");
        Directory.Delete(Path.GetDirectoryName(target)!, recursive: true);
        return new RunOutcome(run, moment, at, ended, phase, served, failures);
    }

    /// <summary>Waits until the run's kill moment; true when the import ended before it.</summary>
    private bool WaitForKillMoment(Process process, KillMoment moment)
    {
        if (moment != KillMoment.AtPublish)
        {
            var from = moment == KillMoment.Anywhere ? 0 : 0.7;
            return process.WaitForExit(TimeSpan.FromMilliseconds((from + random.NextDouble() * (1.15 - from)) * FullImportMs));
        }
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < Timeout)
        {
            if (PublishStarted())
            {
                Thread.Sleep(random.Next(0, 4));
                return process.HasExited;
            }
            Thread.Sleep(1);
        }
        return process.HasExited;
    }

    private bool PublishStarted() =>
        Directory.Exists(store.RawDirectory) && Directory.GetFiles(store.RawDirectory, ".partial", SearchOption.AllDirectories).Length > 0
        || Directory.GetDirectories(store.VersionsDirectory, ".building-*").Any(d => File.Exists(Path.Combine(d, "manifest.json")));

    /// <summary>The state of the current version, or null (and a failure) when it cannot be read.</summary>
    private LedgerState? Read(List<string> failures)
    {
        try
        {
            return LedgerState.Of(store);
        }
        catch (Exception e)
        {
            failures.Add("the current version cannot be read: " + e.Message);
            return null;
        }
    }

    private KillPhase PhaseOf(HashSet<string> versionsBefore, LedgerState? afterKill, LedgerState old, string target)
    {
        var current = store.CurrentId;
        if (afterKill is not null && afterKill != old) return KillPhase.AfterSwitch;
        if (VersionDirectories().Any(v => !versionsBefore.Contains(v) && v != current)) return KillPhase.BeforeSwitch;
        if (Directory.Exists(store.RawDirectory) && Directory.GetFiles(store.RawDirectory, ".partial", SearchOption.AllDirectories).Length > 0)
            return KillPhase.KeepingRawFile;
        var build = Directory.GetDirectories(store.VersionsDirectory, ".building-*").FirstOrDefault();
        if (build is null) return KillPhase.BeforeBuild;
        if (File.Exists(Path.Combine(build, "manifest.json"))) return KillPhase.ManifestWritten;
        return File.Exists(Path.Combine(store.RawDirectory, Sha256(target), Path.GetFileName(target))) ? KillPhase.RawFileKept : KillPhase.Building;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    private HashSet<string> VersionDirectories() =>
        Directory.GetDirectories(store.VersionsDirectory).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Select(n => n!).ToHashSet();

    private static void Require(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException("set-up failed: " + what);
    }
}
