using System.Diagnostics;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;
using Analytics.Tests.Shared;

namespace Analytics.Tests.Ingest;

/// <summary>
/// <c>analytics import</c> of a large ledger, run on a terminal, is killed (SIGKILL) while it loads, once its progress shows:
/// the previous version must stay current and intact, the next start must see it, and the next
/// import must succeed and clear what the killed one left.
/// </summary>
[NonParallelizable]
public sealed class KillDuringImportTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private string work = "";
    private string big = "";

    [OneTimeSetUp]
    public void WriteLedger()
    {
        work = Directory.CreateTempSubdirectory("kill-import-").FullName;
        // 300,000 projects (30 MB): progress shows at 65,536 rows, long before the end.
        big = GeneratedLedgers.WriteProjects(Path.Combine(work, "大台账.csv"), 300_000, seed: 7);
    }

    [OneTimeTearDown]
    public void DeleteLedger() => Directory.Delete(work, recursive: true);

    [Test]
    public void Killing_an_import_mid_load_keeps_the_previous_version_and_the_next_import_works()
    {
        var store = new DataStore(Path.Combine(work, "data-previous"));
        var previous = new Importer(store).Import(GeneratedLedgers.WriteBase(Path.Combine(work, "base")));
        Assert.That(previous.Succeeded, Is.True);
        var digest = StoreDigest.Take(store);

        KillOnceProgressShows(store);

        Assert.That(store.CurrentId, Is.EqualTo(previous.Version!.Id));
        Assert.That(StoreDigest.Take(store), Is.EqualTo(digest), "the previous version is intact");
        var status = AnalyticsProcess.Run(Timeout, "status", "--data", store.Root);
        Assert.That(status.ExitCode, Is.EqualTo(0), status.Error);
        Assert.That(status.Out, Does.Contain($"当前版本 / current version: {previous.Version.Id}"));
        ImportSmallFileAndCheck(store, expectedProjects: 3);
    }

    [Test]
    public void Killing_the_first_import_leaves_no_version_and_the_next_import_works()
    {
        var store = new DataStore(Path.Combine(work, "data-first"));

        KillOnceProgressShows(store);

        Assert.That((store.CurrentId, store.Versions().Count), Is.EqualTo(((string?)null, 0)));
        var status = AnalyticsProcess.Run(Timeout, "status", "--data", store.Root);
        Assert.That(status.ExitCode, Is.EqualTo(0), status.Error);
        Assert.That(status.Out, Does.Contain("尚无数据"));
        var files = GeneratedLedgers.WriteBase(Path.Combine(work, "base-first"));
        var first = AnalyticsProcess.Run(Timeout, ["import", .. files, "--data", store.Root]);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        ImportSmallFileAndCheck(store, expectedProjects: 3);
    }

    /// <summary>Starts the import of the large ledger and kills it at its first progress line; asserts it was still loading.</summary>
    private void KillOnceProgressShows(DataStore store)
    {
        // Progress shows on a terminal only: the import runs on one, and the terminal's output is watched for the rows-read line.
        using var process = AnalyticsProcess.StartInTerminal("import", big, "--data", store.Root);
        var progress = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("行/秒", StringComparison.Ordinal) == true) progress.TrySetResult(e.Data);
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var shown = progress.Task.Wait(Timeout);
        var stillLoading = !process.HasExited;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        Assert.That(shown, Is.True, "progress was shown");
        Assert.That(stillLoading, Is.True, $"the import was still loading when killed (at \"{progress.Task.Result}\")");
        Assert.That(Debris(store), Is.Not.Empty, "the killed import left its unfinished build");
    }

    /// <summary>The next import: succeeds, clears the unfinished build, and gives a version with the activities added.</summary>
    private void ImportSmallFileAndCheck(DataStore store, int expectedProjects)
    {
        var activities = Path.Combine(work, $"招商活动台账-{Guid.NewGuid():N}.csv");
        File.WriteAllText(activities, "日期,所属地区,活动类型,次数,说明\n2021-05-06,江城区,拜访企业,2,\n");
        var clock = Stopwatch.StartNew();
        var next = AnalyticsProcess.Run(Timeout, "import", activities, "--data", store.Root);
        Assert.That(next.ExitCode, Is.EqualTo(0), next.Error);
        Assert.That(Debris(store), Is.Empty, $"nothing left of the killed import (next import took {clock.Elapsed.TotalSeconds:F1} s)");
        using var connection = store.OpenCurrent();
        using var command = connection.CreateCommand();
        command.CommandText = "select (select count(*) from raw.projects) || ' ' || (select count(*) from raw.activities)";
        Assert.That(command.ExecuteScalar(), Is.EqualTo($"{expectedProjects} 1"));
    }

    private static string[] Debris(DataStore store) =>
        Directory.Exists(store.VersionsDirectory) ? Directory.GetDirectories(store.VersionsDirectory, ".building-*") : [];
}
