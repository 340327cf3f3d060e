using System.Globalization;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;

namespace Analytics.Tests.Ingest;

/// <summary>What the <c>import</c> and <c>status</c> verbs print, run as the built executable.</summary>
public sealed class CliImportTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private string work = "";

    [SetUp]
    public void CreateDirectory() => work = Directory.CreateTempSubdirectory("cli-import-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(work, recursive: true);

    [Test]
    public void Status_lists_the_versions_kept_with_the_current_one_starred()
    {
        var store = new DataStore(Path.Combine(work, "data"));
        var importer = new Importer(store);
        Assert.That(importer.Import(GeneratedLedgers.WriteBase(Path.Combine(work, "base"))).Succeeded, Is.True);
        for (var day = 1; day <= 6; day++)
            Assert.That(importer.Import([WriteActivities($"2021-06-{day:D2},江城区,拜访企业,{day},")]).Succeeded, Is.True);

        var status = AnalyticsProcess.Run(Timeout, "status", "--data", store.Root);

        Assert.That(status.ExitCode, Is.EqualTo(0), status.Error);
        var lines = status.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var kept = lines.SkipWhile(l => l != "保留的版本 / versions kept:").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        var versions = store.Versions();
        Assert.That(versions.Select(v => v.Sequence), Is.EqualTo(new[] { 3, 4, 5, 6, 7 }));
        Assert.That(kept, Is.EqualTo(versions.Select(v =>
            string.Format(CultureInfo.CurrentCulture, "  {0} {1}  {2:yyyy-MM-dd HH:mm:ss}  3 个文件", v.Sequence == 7 ? "*" : " ", v.Id, v.BuiltAt))));
        Assert.That(lines, Does.Contain($"当前版本 / current version: {versions[^1].Id}  构建于 / built {versions[^1].BuiltAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.CurrentCulture)}"));
        Assert.That(lines, Does.Contain("表 / tables: projects 3, funds 2, targets 0, activities 1"));
    }

    [Test]
    public void The_progress_ends_each_file_with_its_full_row_count()
    {
        // 150,001 lines: the reader reports every 65,536 rows, so a quick file's first and only report said 65,536.
        var first = GeneratedLedgers.WriteProjects(Path.Combine(work, "a-项目台账.csv"), 150_000, seed: 1);
        var second = GeneratedLedgers.WriteProjects(Path.Combine(work, "b-项目台账.csv"), 70_000, seed: 2);

        using var import = AnalyticsProcess.StartInTerminal("import", first, second, "--data", Path.Combine(work, "data"));
        var screen = import.StandardOutput.ReadToEndAsync();
        Assert.That(import.WaitForExit(Timeout), Is.True, "the import did not finish");
        import.WaitForExit();

        Assert.That(import.ExitCode, Is.EqualTo(0), screen.Result);
        Assert.That(screen.Result, Does.Contain("a-项目台账.csv：150,000 行"));
        Assert.That(screen.Result, Does.Contain("b-项目台账.csv：70,000 行"));
    }

    [Test]
    public void Import_prints_200_problems_of_a_file_and_the_count_of_the_rest()
    {
        var rows = Enumerable.Range(1, 250).Select(i => $"P{i:D3},项目{i},某公司,江城区,新能源汽车,省外资金,-1,,,,,");
        var path = Path.Combine(work, "新增项目.csv");
        File.WriteAllLines(path, rows.Prepend(GeneratedLedgers.ProjectsHeader));

        var import = AnalyticsProcess.Run(Timeout, "import", path, "--data", Path.Combine(work, "data"));

        var lines = import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).Where(l => !l.Contains("行/秒")).ToList();
        Assert.That(import.ExitCode, Is.EqualTo(1));
        Assert.That(lines, Has.Count.EqualTo(200 * 2 + 3));
        Assert.That(lines[0], Is.EqualTo("错误：新增项目.csv › 新增项目 › 第2行 › 协议总投资(亿元)：协议总投资为负数，发现「-1」，应为不小于 0 的金额"));
        Assert.That(lines[1], Is.EqualTo("error: 新增项目.csv › 新增项目 › row 2 › 协议总投资(亿元): negative investment; found \"-1\"; expected an amount ≥ 0"));
        Assert.That(lines[398], Is.EqualTo("错误：新增项目.csv › 新增项目 › 第201行 › 协议总投资(亿元)：协议总投资为负数，发现「-1」，应为不小于 0 的金额"));
        Assert.That(lines[400..], Is.EqualTo(new[]
        {
            "新增项目.csv：另有 50 个问题未列出 / 50 more problems not listed",
            "导入失败：250 个错误，0 个警告；当前数据版本未改变（无）。",
            "import failed: 250 error(s), 0 warning(s); the current data version is unchanged (none).",
        }));
    }

    [Test]
    public void Reimporting_the_same_file_prints_that_nothing_changed()
    {
        var files = GeneratedLedgers.WriteBase(Path.Combine(work, "base"));
        var data = Path.Combine(work, "data");
        var first = AnalyticsProcess.Run(Timeout, ["import", .. files, "--data", data]);
        var id = new DataStore(data).CurrentId;

        var again = AnalyticsProcess.Run(Timeout, "import", files[0], "--data", data);

        Assert.That((first.ExitCode, again.ExitCode), Is.EqualTo((0, 0)), first.Error + again.Error);
        Assert.That(first.Out, Does.StartWith($"导入成功：当前数据版本 {id}（0 个警告）/ imported: current data version {id}"));
        Assert.That(again.Out.TrimEnd(), Is.EqualTo($"数据未变化，当前版本仍为 {id} / no change; the current version is still {id}"));
    }

    private string WriteActivities(string line)
    {
        var path = Path.Combine(work, "招商活动台账.csv");
        File.WriteAllText(path, "日期,所属地区,活动类型,次数,说明\n" + line + "\n");
        return path;
    }
}
