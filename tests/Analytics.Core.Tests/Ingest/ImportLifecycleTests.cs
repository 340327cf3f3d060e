using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Ledgers;
using static Analytics.Core.Tests.Ingest.LedgerCorpus;
using Analytics.Tests.Shared;

namespace Analytics.Core.Tests.Ingest;

/// <summary>Loads over time: re-imports, replacements, removals, all-or-nothing batches, version ids and the versions kept.</summary>
public sealed class ImportLifecycleTests
{
    private const string TableCounts = "select (select count(*) from raw.projects), (select count(*) from raw.funds), (select count(*) from raw.targets), (select count(*) from raw.activities)";

    private TempStore temp = null!;

    [SetUp]
    public void CreateStore() => temp = new TempStore("lifecycle-");

    [TearDown]
    public void DeleteStore() => temp.Dispose();

    [Test]
    public void Several_files_in_one_call_load_together()
    {
        var result = temp.ImportOk(WriteBase(temp.Files));

        Assert.That(result.Changed, Is.True);
        Assert.That(temp.Scalar(TableCounts), Is.EqualTo("3 | 3 | 2 | 2"));
        Assert.That(result.Version!.Files.Select(f => f.Name), Is.EqualTo(new[] { "招商活动台账.csv", "目标任务.csv", "资金到位台账.csv", "项目台账.csv" }));
        Assert.That(temp.Store.Versions(), Has.Count.EqualTo(1));
    }

    [Test]
    public void The_models_step_runs_without_the_loading_memory_cap()
    {
        string? during = null;
        var importer = new Importer(temp.Store)
        {
            BeforePublish = (connection, _) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "select current_setting('memory_limit')";
                during = (string)command.ExecuteScalar()!;
            },
        };

        Assert.That(importer.Import(WriteBase(temp.Files)).Succeeded, Is.True);
        // 128MB while loading (DuckDB shows it as 122.0 MiB); the models get 600MB plus 100MB per million ledger rows (at most 80 % of the memory).
        Assert.That(during, Is.Not.Null.And.Not.EqualTo("122.0 MiB"));
        var parts = during!.Split(' ');
        var mib = double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * (parts[1] == "GiB" ? 1024 : 1);
        Assert.That(mib, Is.GreaterThan(200));
    }

    [Test]
    public void One_bad_file_in_a_first_import_loads_none_of_them()
    {
        var files = WriteBase(temp.Files);
        LedgerFiles.Csv(temp.Files, "目标任务.csv", TargetsHeader, "2021,全市,新签约亿元以上项目数,50", "二〇二一,江城区,实际到位资金(亿元),30");

        var result = temp.Import(files);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Problems.Listed[0].LineZh, Is.EqualTo("错误：目标任务.csv › 目标任务 › 第3行 › 年度：无法识别的整数，发现「二〇二一」，应为整数，如 3"));
        Assert.That((temp.Store.CurrentId, temp.Store.Versions().Count, Directory.Exists(temp.Store.RawDirectory)), Is.EqualTo(((string?)null, 0, false)));
        Assert.That(temp.BuildDebris(), Is.Empty);
    }

    [Test]
    public void Reimporting_the_same_file_adds_no_rows_and_reports_no_change()
    {
        var files = WriteBase(temp.Files);
        var first = temp.ImportOk(files);
        var digest = StoreDigest.Take(temp.Store);

        var again = temp.ImportOk(files[0]);

        Assert.That((again.Changed, again.Version!.Id), Is.EqualTo((false, first.Version!.Id)));
        Assert.That(temp.Scalar(TableCounts), Is.EqualTo("3 | 3 | 2 | 2"));
        Assert.That(StoreDigest.Take(temp.Store), Is.EqualTo(digest));
        Assert.That(temp.Store.History()[^1].VersionId, Is.EqualTo(first.Version.Id));
    }

    [Test]
    public void Importing_a_changed_file_of_the_same_name_replaces_its_rows()
    {
        temp.ImportOk(WriteBase(temp.Files));
        var changed = LedgerFiles.Csv(Path.Combine(temp.Root, "六月"), "项目台账.csv", ProjectsHeader,
            "P001,新能源电池项目,甲公司,江城区,新能源汽车,省外资金,30,2021-01-15,2021-03-01,,,已开工",
            "P003,生物药产业园,丙公司,高新区,生物医药,本地资金,3.2,2020-11-20,2021-01-05,2021-10-01,2021-11-01,已入统",
            "P004,数据中心,丁公司,河西区,新一代信息技术,省内市外资金,18,2021-06-18,,,,已签约");

        var result = temp.ImportOk(changed);

        Assert.That(result.Changed, Is.True);
        Assert.That(temp.Rows("select project_id, investment, _file from raw.projects order by 1"),
            Is.EqualTo(new[] { "P001 | 30 | 项目台账.csv", "P003 | 3.2 | 项目台账.csv", "P004 | 18 | 项目台账.csv" }));
        Assert.That(temp.Scalar(TableCounts), Is.EqualTo("3 | 3 | 2 | 2"), "the other files' rows are carried over");
        Assert.That(result.Version!.Files.Single(f => f.Name == "项目台账.csv").Sha256, Is.EqualTo(Sha256(changed)));
    }

    [Test]
    public void Remove_drops_a_files_rows()
    {
        temp.ImportOk(WriteBase(temp.Files));

        var result = temp.Remove("招商活动台账.csv");

        Assert.That((result.Succeeded, result.Changed), Is.EqualTo((true, true)));
        Assert.That(temp.Scalar(TableCounts), Is.EqualTo("3 | 3 | 2 | 0"));
        Assert.That(temp.Store.Current!.Files.Select(f => f.Name), Is.EqualTo(new[] { "目标任务.csv", "资金到位台账.csv", "项目台账.csv" }));
        Assert.That(temp.Store.History()[^1].Action, Is.EqualTo("remove"));
    }

    [Test]
    public void Removing_the_projects_still_referenced_by_funds_is_refused()
    {
        temp.ImportOk(WriteBase(temp.Files));
        var digest = StoreDigest.Take(temp.Store);

        var result = temp.Remove("项目台账.csv");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Problems.Listed[0].LineZh,
            Is.EqualTo("错误：资金到位台账.csv › 资金到位台账 › 第2行 › 项目编号：资金到位台账中的项目编号在项目台账中不存在，发现「P001」，应为项目台账中已有的项目编号"));
        Assert.That(StoreDigest.Take(temp.Store), Is.EqualTo(digest));
    }

    [Test]
    public void Removing_a_name_that_is_not_loaded_is_refused_with_the_names_that_are()
    {
        temp.ImportOk(WriteBase(temp.Files));
        var digest = StoreDigest.Take(temp.Store);

        var result = temp.Remove("项目台账.xlsx");

        Assert.That(result.Problems.Listed.Select(p => p.LineZh + "\n" + p.LineEn), Is.EqualTo(new[]
        {
            "错误：项目台账.xlsx：当前数据中没有这个文件，应为招商活动台账.csv、目标任务.csv、资金到位台账.csv、项目台账.csv\n"
            + "error: 项目台账.xlsx: no current file has this name; expected 招商活动台账.csv, 目标任务.csv, 资金到位台账.csv, 项目台账.csv",
        }));
        Assert.That(StoreDigest.Take(temp.Store), Is.EqualTo(digest));
    }

    [Test]
    public void A_missing_file_is_refused_with_its_path()
    {
        temp.ImportOk(WriteBase(temp.Files));
        var missing = Path.Combine(temp.Files, "六月项目.csv");

        var result = temp.Import(missing);

        Assert.That(result.Problems.Listed.Select(p => p.LineZh + "\n" + p.LineEn),
            Is.EqualTo(new[] { $"错误：六月项目.csv：文件不存在，发现「{missing}」\nerror: 六月项目.csv: file not found; found \"{missing}\"" }));
    }

    [Test]
    public void Version_id_changes_with_the_data_and_names_the_same_files_by_the_same_hash()
    {
        var files = WriteBase(temp.Files);
        var first = temp.ImportOk(files).Version!;
        var original = File.ReadAllBytes(files[3]);
        LedgerFiles.Csv(temp.Files, "招商活动台账.csv", ActivitiesHeader, "2021-05-02,高新区,集中签约,1,");
        var second = temp.ImportOk(files[3]).Version!;
        File.WriteAllBytes(files[3], original);
        var third = temp.ImportOk(files[3]).Version!;

        Assert.That(first.Id, Does.Match("^v0001-[0-9a-f]{10}$"));
        Assert.That(second.Id, Does.StartWith("v0002-").And.Not.EndWith(first.Id[6..]));
        Assert.That(third.Id, Is.EqualTo("v0003-" + first.Id[6..]), "the same files give the same hash");
        Assert.That((second.PreviousId, third.PreviousId), Is.EqualTo((first.Id, second.Id)));
        Assert.That(temp.Rows("select id, sequence from raw.version"), Is.EqualTo(new[] { $"{third.Id} | 3" }));
    }

    [Test]
    public void The_last_five_versions_are_kept_and_the_current_one_is_the_newest()
    {
        temp.ImportOk(WriteBase(temp.Files));
        for (var day = 1; day <= 6; day++)
            temp.ImportOk(LedgerFiles.Csv(temp.Files, "招商活动台账.csv", ActivitiesHeader, $"2021-06-{day:D2},江城区,拜访企业,{day},"));

        var kept = temp.Store.Versions();

        Assert.That(kept.Select(v => v.Sequence), Is.EqualTo(new[] { 3, 4, 5, 6, 7 }));
        Assert.That(temp.Store.CurrentId, Is.EqualTo(kept[^1].Id));
        Assert.That(temp.Rows("select date, count from raw.activities"), Is.EqualTo(new[] { "2021-06-06 | 6" }));
        Assert.That(Directory.GetDirectories(temp.Store.RawDirectory), Has.Length.EqualTo(3 + 5), "raw files only the dropped versions used are pruned: 3 unchanged files + 5 activities files");
    }

    [Test]
    public void More_than_200_problems_in_a_file_list_200_and_count_the_rest()
    {
        var lines = Enumerable.Range(1, 250).Select(i => Project($"P{i:D3}", investment: "-1")).ToArray();
        var path = LedgerFiles.Csv(temp.Files, "新增项目.csv", [ProjectsHeader, .. lines]);

        var result = temp.Import(path);

        Assert.That((result.Problems.ErrorCount, result.Problems.Listed.Count), Is.EqualTo((250, ProblemLog.CapPerFile)));
        Assert.That(result.Problems.Unlisted, Is.EqualTo(new[] { ("新增项目.csv", 50) }));
        Assert.That(result.Problems.Listed[^1].LineZh, Is.EqualTo("错误：新增项目.csv › 新增项目 › 第201行 › 协议总投资(亿元)：协议总投资为负数，发现「-1」，应为不小于 0 的金额"));
        Assert.That(temp.Store.History()[^1].Errors, Is.EqualTo(250));
    }

    [Test]
    public void What_a_killed_import_left_behind_is_cleared_by_the_next_one()
    {
        temp.ImportOk(WriteBase(temp.Files));
        var building = Directory.CreateDirectory(Path.Combine(temp.Store.VersionsDirectory, ".building-0123456789ab")).FullName;
        File.WriteAllBytes(Path.Combine(building, "analytics.duckdb"), new byte[4096]);
        var partial = Directory.CreateDirectory(Path.Combine(temp.Store.RawDirectory, new string('a', 64))).FullName;
        File.WriteAllBytes(Path.Combine(partial, ".partial"), new byte[100]);
        File.WriteAllText(Path.Combine(temp.Store.Root, "current.tmp"), "v0009-0000000000");

        temp.ImportOk(LedgerFiles.Csv(temp.Files, "招商活动台账.csv", ActivitiesHeader, "2021-05-02,高新区,集中签约,1,"));

        Assert.That((Directory.Exists(building), Directory.Exists(partial), File.Exists(Path.Combine(temp.Store.Root, "current.tmp"))), Is.EqualTo((false, false, false)));
        Assert.That(Directory.GetDirectories(temp.Store.RawDirectory), Has.Length.EqualTo(5), "the raw files of the two versions kept");
    }

    [Test]
    public void History_file_is_JSON_lines_without_a_byte_order_mark()
    {
        temp.ImportOk(WriteBase(temp.Files));
        temp.Remove("不存在.csv");

        var bytes = File.ReadAllBytes(Path.Combine(temp.Store.Root, "history.jsonl"));

        Assert.That(bytes[0], Is.EqualTo((byte)'{'));
        Assert.That(File.ReadAllLines(Path.Combine(temp.Store.Root, "history.jsonl")).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("action").GetString()),
            Is.EqualTo(new[] { "import", "remove" }));
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
