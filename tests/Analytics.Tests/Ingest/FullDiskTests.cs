using Analytics.Core.Ingest.Store;
using Analytics.Tests.Shared;

namespace Analytics.Tests.Ingest;

/// <summary>
/// Imports into a data directory on a small filesystem that fills up: the command must say
/// 磁盘空间不足, leave the old version current and intact, leave nothing behind, and let the next
/// import (once there is room) succeed.
/// </summary>
[NonParallelizable]
public sealed class FullDiskTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private string work = "";
    private string big = "";
    private string padded = "";

    [OneTimeSetUp]
    public void WriteLedgers()
    {
        work = Directory.CreateTempSubdirectory("full-disk-").FullName;
        // 100,000 projects: a 9.8 MB CSV that makes a DuckDB file of about 1.8 MB.
        big = GeneratedLedgers.WriteProjects(Path.Combine(work, "大台账.csv"), 100_000, seed: 1);
        // The same rows with a long 备注 column, which the raw copy keeps but the database does not:
        // a 40 MB file whose version still builds in a few MB.
        padded = Path.Combine(work, "备注台账.csv");
        var note = "," + new string('注', 120);
        File.WriteAllLines(padded, File.ReadLines(big).Select((line, i) => line + (i == 0 ? ",备注" : note)));
    }

    [OneTimeTearDown]
    public void DeleteLedgers() => Directory.Delete(work, recursive: true);

    // The disk is 64 MB; the base version takes about 1 MB; the rest is filled but for what each case leaves free.
    [Test]
    public void Disk_filling_up_while_the_database_is_built_gives_a_clear_error_and_keeps_the_old_version() =>
        ImportOntoSmallDisk(leaveFree: 1 << 20, failure: "/versions/.building-");

    [Test]
    public void Disk_filling_up_while_the_raw_file_is_kept_gives_a_clear_error_and_keeps_the_old_version() =>
        ImportOntoSmallDisk(leaveFree: 24 << 20, failure: "，发现「No space left on device」", ledger: padded);

    [Test]
    public void Disk_with_no_room_left_even_for_the_history_line_gives_a_clear_error_and_keeps_the_old_version() =>
        ImportOntoSmallDisk(leaveFree: 0, failure: "/versions/.building-");

    private void ImportOntoSmallDisk(long leaveFree, string failure, string? ledger = null)
    {
        using var disk = SmallFilesystem.TryMount(megabytes: 64, out var reason);
        if (disk is null)
        {
            Assert.Ignore(reason);
            return;
        }
        var data = Path.Combine(disk.MountPoint, "data");
        var store = new DataStore(data);
        var baseFiles = GeneratedLedgers.WriteBase(Path.Combine(work, "base"));
        var first = AnalyticsProcess.Run(Timeout, ["import", .. baseFiles, "--data", data]);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        var baseId = store.CurrentId!;
        var filler = Path.Combine(disk.MountPoint, "filler.bin");
        if (leaveFree == 0) PadHistoryToBlockEnd(data);
        Fill(disk, filler, leaveFree);
        var digest = StoreDigest.Take(store);
        var files = Listing(data);

        var file = leaveFree == 0 ? WriteActivities("活动补充.csv", "2021-05-06,江城区,拜访企业,2,") : ledger ?? big;

        var import = AnalyticsProcess.Run(Timeout, "import", file, "--data", data);

        var name = Path.GetFileName(file);
        var lines = import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.Contains("行/秒")).ToArray();
        Assert.That(import.ExitCode, Is.EqualTo(1), import.Error);
        Assert.That(lines, Has.Length.EqualTo(4), import.Error);
        Assert.That(lines[0], Does.StartWith($"错误：{name}：磁盘空间不足，导入已取消，当前数据未改变"));
        // DuckDB names the database file it could not write; copying the raw file gives the bare system message.
        Assert.That(lines[0], Does.Contain(failure), "the write that failed is the one this case is about");
        Assert.That(lines[1], Does.StartWith($"error: {name}: the disk is full; the import was cancelled and the current data is unchanged"));
        Assert.That(lines[2], Is.EqualTo($"导入失败：1 个错误，0 个警告；当前数据版本未改变（{baseId}）。"));
        Assert.That(lines[3], Is.EqualTo($"import failed: 1 error(s), 0 warning(s); the current data version is unchanged ({baseId})."));
        Assert.That(StoreDigest.Take(store), Is.EqualTo(digest), "the old version is current and intact");
        Assert.That(Listing(data), Is.EqualTo(files), "nothing is left behind but the history line");

        File.Delete(filler);
        var activities = WriteActivities("招商活动台账.csv", "2021-05-07,河西区,来访接待,1,");
        var next = AnalyticsProcess.Run(Timeout, "import", activities, "--data", data);
        Assert.That(next.ExitCode, Is.EqualTo(0), next.Error);
        Assert.That(store.Current!.Files.Select(f => f.Name), Is.EqualTo(new[] { "招商活动台账.csv", "资金到位台账.csv", "项目台账.csv" }));
        Assert.That(Directory.GetDirectories(store.VersionsDirectory, ".building-*"), Is.Empty);
    }

    private string WriteActivities(string name, string line)
    {
        var path = Path.Combine(work, name);
        File.WriteAllText(path, "日期,所属地区,活动类型,次数,说明\n" + line + "\n");
        return path;
    }

    /// <summary>Every file under the data directory with its size, but the history, which a failed import appends to.</summary>
    private static List<string> Listing(string data) =>
        Directory.GetFiles(data, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "history.jsonl")
            .Select(f => $"{Path.GetRelativePath(data, f)} {new FileInfo(f).Length}")
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Pads history.jsonl with a blank line (skipped by readers) to a 4 KiB boundary, so the next line needs a fresh block.</summary>
    private static void PadHistoryToBlockEnd(string data)
    {
        var history = Path.Combine(data, "history.jsonl");
        var length = new FileInfo(history).Length;
        var pad = (int)(4096 - length % 4096);
        File.AppendAllText(history, new string(' ', pad - 1) + "\n");
        Assert.That(new FileInfo(history).Length % 4096, Is.EqualTo(0));
    }

    /// <summary>Writes a file until the filesystem has no more than <paramref name="leave"/> bytes free (none: until it refuses another byte).</summary>
    private static void Fill(SmallFilesystem disk, string path, long leave)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        var chunk = new byte[64 * 1024];
        for (var size = chunk.Length; size >= 1; size /= 2)
        {
            try
            {
                while (disk.FreeBytes - size >= leave) stream.Write(chunk, 0, size);
            }
            catch (IOException)
            {
                // Full at this chunk size: try a smaller one.
            }
        }
        Assert.That(disk.FreeBytes, Is.InRange(leave - (64 << 10), leave + (64 << 10)), "the disk was filled as planned");
    }
}
