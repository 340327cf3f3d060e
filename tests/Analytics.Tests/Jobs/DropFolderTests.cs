using System.Text;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Tests.Digests;
using Analytics.Jobs;
using Analytics.Tests.Ingest;

namespace Analytics.Tests.Jobs;

/// <summary>The drop folder: a good file is imported and moved to done/, a bad one to failed/ with its errors, a half-written one waits.</summary>
public sealed class DropFolderTests
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private TempDirectory temp = null!;
    private DataStore store = null!;
    private ManualClock clock = null!;
    private DropFolder folder = null!;

    [SetUp]
    public void Create()
    {
        temp = new TempDirectory("inbox-");
        store = new DataStore(Path.Combine(temp.Path, "data"));
        clock = new ManualClock(DateTimeOffset.UtcNow);
        folder = new DropFolder(Path.Combine(store.Root, "inbox"), files => new Importer(store).Import(files), clock) { SettleTime = TimeSpan.FromSeconds(30) };
        Directory.CreateDirectory(folder.Inbox);
    }

    [TearDown]
    public void Delete() => temp.Dispose();

    private string Drop(string name, string text)
    {
        var path = Path.Combine(folder.Inbox, name);
        File.WriteAllText(path, text, Utf8);
        return path;
    }

    private static string GoodProjects => GeneratedLedgers.ProjectsHeader + "\n"
        + "P001,新能源电池项目,甲公司,江城区,新能源汽车,省外资金,25.5,2021-01-15,2021-03-01,,,已开工\n"
        + "P002,芯片封测项目,乙公司,河西区,新一代信息技术,外资,12,2021-02-10,,,,已签约\n";

    private static string BadProjects => GeneratedLedgers.ProjectsHeader + "\n"
        + "Q001,光伏组件项目,丁公司,江城区,新能源汽车,省外资金,8,2021-05-01,2021-04-01,,,已开工\n"
        + "Q002,数据中心项目,戊公司,河西区,新一代信息技术,外资,一百,2021-06-01,,,,已签约\n";

    [Test]
    public void A_good_file_that_has_settled_is_imported_and_moved_to_done()
    {
        Drop("项目台账.csv", GoodProjects);
        clock.Advance(TimeSpan.FromSeconds(31));

        var result = folder.Poll();

        Assert.That(result, Is.EqualTo(new DropFolderResult(["项目台账.csv"], [], [])).Using<DropFolderResult>(Same));
        Assert.That(store.Current!.Tables["projects"], Is.EqualTo(2));
        Assert.That(File.Exists(Path.Combine(folder.DoneDirectory, "项目台账.csv")), Is.True);
        Assert.That(Directory.GetFiles(folder.Inbox), Is.Empty);
        Assert.That(store.History().Single().Files, Is.EqualTo(new[] { "项目台账.csv" }));
    }

    [Test]
    public void Regions_and_external_ranks_dropped_with_the_projects_are_told_by_their_headers()
    {
        Drop("项目台账.csv", GoodProjects);
        Drop("地区.csv", "所属地区,类型,排序,主导产业,战略性新兴产业\n全市,,,,新能源汽车\n");
        Drop("外部排名.csv", "期间,指标,范围,名次\n2021年1—11月,新签约亿元以上项目数,全省,2\n");
        clock.Advance(TimeSpan.FromSeconds(31));

        var result = folder.Poll();

        Assert.That(result.Imported, Is.EquivalentTo(new[] { "项目台账.csv", "地区.csv", "外部排名.csv" }));
        Assert.That((store.Current!.Tables["regions"], store.Current.Tables["external_ranks"]), Is.EqualTo((1L, 1L)));
    }

    [Test]
    public void A_bad_file_goes_to_failed_with_every_problem_and_the_data_is_unchanged()
    {
        Drop("项目台账.csv", GoodProjects);
        clock.Advance(TimeSpan.FromSeconds(31));
        folder.Poll();
        var before = store.CurrentId;
        Drop("新项目.csv", BadProjects);
        clock.Advance(TimeSpan.FromSeconds(31));

        var result = folder.Poll();

        Assert.That(result, Is.EqualTo(new DropFolderResult([], ["新项目.csv"], [])).Using<DropFolderResult>(Same));
        Assert.That(store.CurrentId, Is.EqualTo(before));
        Assert.That(File.Exists(Path.Combine(folder.FailedDirectory, "新项目.csv")), Is.True);
        var errors = File.ReadAllLines(Path.Combine(folder.FailedDirectory, "新项目.csv.errors.txt"));
        Assert.That(errors[0], Does.StartWith("新项目.csv：导入失败，共 2 个错误"));
        Assert.That(errors, Has.Some.Contains("第2行").And.Contains("开工日期"));
        Assert.That(errors, Has.Some.Contains("第3行").And.Contains("协议总投资"));
        Assert.That(errors.Count(l => l.StartsWith("error: ", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void Good_and_bad_files_dropped_together_are_sorted_apart()
    {
        Drop("a-项目台账.csv", GoodProjects);
        Drop("b-新项目.csv", BadProjects);
        clock.Advance(TimeSpan.FromSeconds(31));

        var result = folder.Poll();

        Assert.That(result, Is.EqualTo(new DropFolderResult(["a-项目台账.csv"], ["b-新项目.csv"], [])).Using<DropFolderResult>(Same));
        Assert.That(store.Current!.Files.Select(f => f.Name), Is.EqualTo(new[] { "a-项目台账.csv" }));
        Assert.That(store.Current.Tables["projects"], Is.EqualTo(2));
    }

    [Test]
    public void A_file_still_being_written_waits_until_it_stops_changing()
    {
        var path = Drop("项目台账.csv", GoodProjects[..70]);

        Assert.That(folder.Poll().Waiting, Is.EqualTo(new[] { "项目台账.csv" }), "first seen, written just now");
        File.AppendAllText(path, GoodProjects[70..], Utf8);
        Assert.That(folder.Poll().Waiting, Is.EqualTo(new[] { "项目台账.csv" }), "grew since the last poll");
        Assert.That(store.CurrentId, Is.Null);

        var result = folder.Poll();

        Assert.That(result.Imported, Is.EqualTo(new[] { "项目台账.csv" }), "unchanged since the last poll");
        Assert.That(store.Current!.Tables["projects"], Is.EqualTo(2));
    }

    [Test]
    public void Office_lock_files_and_other_names_are_left_alone()
    {
        Drop("~$项目台账.xlsx", "lock");
        Drop("说明.txt", "notes");
        clock.Advance(TimeSpan.FromSeconds(31));

        Assert.That(folder.Poll(), Is.EqualTo(DropFolderResult.Nothing).Using<DropFolderResult>(Same));
        Assert.That(Directory.GetFiles(folder.Inbox).Length, Is.EqualTo(2));
    }

    [Test]
    public void A_second_file_of_the_same_name_in_done_keeps_both()
    {
        Drop("项目台账.csv", GoodProjects);
        clock.Advance(TimeSpan.FromSeconds(31));
        folder.Poll();
        Drop("项目台账.csv", GoodProjects + "P003,生物药产业园,丙公司,高新区,生物医药,本地资金,3.2,2020-11-20,,,,已签约\n");
        clock.Advance(TimeSpan.FromSeconds(31));

        Assert.That(folder.Poll().Imported, Is.EqualTo(new[] { "项目台账.csv" }));
        Assert.That(Directory.GetFiles(folder.DoneDirectory).Length, Is.EqualTo(2));
        Assert.That(store.Current!.Tables["projects"], Is.EqualTo(3));
    }

    [Test]
    public void A_file_whose_import_throws_goes_to_failed_and_the_files_beside_it_are_imported()
    {
        // The import of 炸弹.csv runs out of memory, as a ledger of 10,000 regions did: the real import for every other file.
        var bombed = new DropFolder(folder.Inbox, files => files.Any(f => f.EndsWith("炸弹.csv", StringComparison.Ordinal))
            ? throw new OutOfMemoryException("Insufficient memory to continue the execution of the program.")
            : new Importer(store).Import(files), clock);
        Drop("a-项目台账.csv", GoodProjects);
        Drop("炸弹.csv", GoodProjects.Replace("P00", "B00"));
        clock.Advance(TimeSpan.FromSeconds(31));

        var result = bombed.Poll();

        Assert.That(result, Is.EqualTo(new DropFolderResult(["a-项目台账.csv"], ["炸弹.csv"], [])).Using<DropFolderResult>(Same));
        Assert.That(store.Current!.Files.Select(f => f.Name), Is.EqualTo(new[] { "a-项目台账.csv" }));
        Assert.That(store.Current.Tables["projects"], Is.EqualTo(2));
        var errors = File.ReadAllLines(Path.Combine(folder.FailedDirectory, "炸弹.csv.errors.txt"));
        Assert.That(errors[0], Is.EqualTo("炸弹.csv：导入失败，共 1 个错误 / import failed"));
        Assert.That(errors[1], Is.EqualTo("错误：炸弹.csv：导入此文件时内存不足，导入已取消，当前数据未改变，发现「Insufficient memory to continue the execution of the program.」"));
        Assert.That(Directory.GetFiles(folder.Inbox), Is.Empty, "nothing left to retry every 30 s");

        Drop("b-项目台账.csv", GoodProjects.Replace("P00", "C00"));
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.That(bombed.Poll().Imported, Is.EqualTo(new[] { "b-项目台账.csv" }), "the next poll goes on");
        Assert.That(store.Current!.Tables["projects"], Is.EqualTo(4));
    }

    [Test]
    public void A_file_that_took_the_process_down_twice_is_set_aside_and_the_others_go_on()
    {
        // A process that dies inside an import leaves the files where they were and never returns from the poll: here the
        // poll of a "process" hangs for good inside the import of 崩溃.csv, and the next "process" is a new DropFolder.
        var hung = new ManualResetEventSlim();
        var entered = new SemaphoreSlim(0);
        DropFolder Process() => new(folder.Inbox, files =>
        {
            if (!files.Any(f => f.EndsWith("崩溃.csv", StringComparison.Ordinal))) return new Importer(store).Import(files);
            entered.Release();
            hung.Wait();
            throw new InvalidOperationException("unreachable");
        }, clock);
        void CrashingPoll()
        {
            _ = Task.Run(() => Process().Poll());
            Assert.That(entered.Wait(TimeSpan.FromSeconds(60)), Is.True, "the import of 崩溃.csv started");
        }
        Drop("a-项目台账.csv", GoodProjects);
        Drop("崩溃.csv", GoodProjects.Replace("P00", "K00"));
        clock.Advance(TimeSpan.FromSeconds(31));

        CrashingPoll(); // the two files together: the process dies
        Assert.That(store.CurrentId, Is.Null);
        CrashingPoll(); // each alone: a-项目台账.csv is imported, 崩溃.csv kills the process again
        Assert.That(store.Current!.Files.Select(f => f.Name), Is.EqualTo(new[] { "a-项目台账.csv" }));
        Drop("b-项目台账.csv", GoodProjects.Replace("P00", "C00"));
        clock.Advance(TimeSpan.FromSeconds(31));

        var result = Process().Poll();

        Assert.That(result, Is.EqualTo(new DropFolderResult(["b-项目台账.csv"], ["崩溃.csv"], [])).Using<DropFolderResult>(Same));
        Assert.That(store.Current!.Tables["projects"], Is.EqualTo(4));
        var errors = File.ReadAllLines(Path.Combine(folder.FailedDirectory, "崩溃.csv.errors.txt"));
        Assert.That(errors[1], Is.EqualTo("错误：崩溃.csv：导入此文件时服务进程两次意外终止，文件已搁置，当前数据未改变"));
        Assert.That(Directory.GetFiles(folder.Inbox), Is.Empty, "the attempts record is gone with the last file it counted");
        Assert.That(Process().Poll(), Is.EqualTo(DropFolderResult.Nothing).Using<DropFolderResult>(Same));
    }

    private static bool Same(DropFolderResult a, DropFolderResult b) =>
        a.Imported.SequenceEqual(b.Imported) && a.Failed.SequenceEqual(b.Failed) && a.Waiting.SequenceEqual(b.Waiting);
}
