using Analytics.Core.Ingest.Spreadsheets;
using static Analytics.Core.Tests.Ingest.LedgerCorpus;

namespace Analytics.Core.Tests.Ingest;

/// <summary>Workbooks as offices really keep them: merged cells, formulas, hidden and several sheets, serial dates. Each must load with exact values.</summary>
public sealed class AwkwardWorkbookTests
{
    private static readonly object?[] Header = [.. ProjectsHeader.Split(',')];

    private TempStore temp = null!;

    [SetUp]
    public void CreateStore() => temp = new TempStore("awkward-xlsx-");

    [TearDown]
    public void DeleteStore() => temp.Dispose();

    [Test]
    public void Vertically_merged_region_fills_every_row_of_the_merge()
    {
        var path = LedgerFiles.Xlsx(temp.Files, "项目台账.xlsx", w =>
        {
            var sheet = w.AddSheet("项目");
            sheet.WriteHeaderRow(Header);
            sheet.WriteRow("P001", "光伏组件", "甲公司", "江城区", "新能源", "外资", 8);
            sheet.WriteRow("P002", "储能电站", "乙公司", null, "新能源", "外资", 6);
            sheet.WriteRow("P003", "动力电池", "丙公司", null, "新能源汽车", "外资", 20);
            sheet.WriteRow("P004", "封装测试", "丁公司", "河西区", "新一代信息技术", "本地资金", 3);
            sheet.MergeCells("D2:D4");
        });

        temp.ImportOk(path);

        Assert.That(temp.Rows("select project_id, region from raw.projects order by 1"),
            Is.EqualTo(new[] { "P001 | 江城区", "P002 | 江城区", "P003 | 江城区", "P004 | 河西区" }));
    }

    [Test]
    public void Formulas_give_their_cached_values()
    {
        var path = LedgerFiles.Xlsx(temp.Files, "项目台账.xlsx", w =>
        {
            var sheet = w.AddSheet("项目");
            sheet.WriteHeaderRow([.. Header, "一期(亿元)", "二期(亿元)"]);
            sheet.WriteRow("P001", new XlsxFormula("CONCAT(\"光伏\",\"组件项目\")", "光伏组件项目"), "甲公司", "江城区", "新能源", "外资",
                new XlsxFormula("M2+N2", 12.5), new XlsxFormula("DATE(2021,3,5)", 44260), null, null, null, null, 10, 2.5);
        });

        temp.ImportOk(path);

        Assert.That(temp.Rows("select project_id, name, investment, signed_on from raw.projects"), Is.EqualTo(new[] { "P001 | 光伏组件项目 | 12.5 | 2021-03-05" }));
    }

    [Test]
    public void Hidden_sheet_is_ignored_with_a_warning()
    {
        var path = LedgerFiles.Xlsx(temp.Files, "项目台账.xlsx", w =>
        {
            var visible = w.AddSheet("项目");
            visible.WriteHeaderRow(Header);
            visible.WriteRow([.. Project("P001").Split(',')]);
            var hidden = w.AddSheet("旧版", hidden: true);
            hidden.WriteHeaderRow(Header);
            hidden.WriteRow([.. Project("P900").Split(',')]);
        });

        var result = temp.ImportOk(path);

        Assert.That(temp.Rows("select project_id, _sheet from raw.projects"), Is.EqualTo(new[] { "P001 | 项目" }));
        Assert.That(result.Problems.Listed.Select(p => p.LineZh + "\n" + p.LineEn),
            Is.EqualTo(new[] { "警告：项目台账.xlsx › 旧版：隐藏的工作表未导入\nwarning: 项目台账.xlsx › 旧版: a hidden sheet was not imported" }));
        Assert.That(temp.Store.History()[^1].Messages, Is.EqualTo(new[] { "警告：项目台账.xlsx › 旧版：隐藏的工作表未导入" }));
    }

    [Test]
    public void Serial_dates_read_with_or_without_a_date_format()
    {
        var path = LedgerFiles.RawXlsx(temp.Files, "项目台账.xlsx", "项目",
            Row(1, "s:0", "s:1", "s:2", "s:3", "s:4", "s:5", "s:6", "s:7", "s:8", "s:9")
            + Row(2, "s:10", "s:11", "s:12", "s:13", "s:14", "n:25.5", "n:44260", "n:44287", "n:44470.75", "s:15"),
            "项目编号", "项目名称", "所属地区", "产业链", "资金来源", "协议总投资(亿元)", "签约日期", "开工日期", "投产日期", "入统日期",
            "P001", "光伏组件", "江城区", "新能源", "外资", "44501");
        var styled = LedgerFiles.Xlsx(temp.Files, "资金到位台账.xlsx", w =>
        {
            var sheet = w.AddSheet("资金");
            sheet.WriteHeaderRow([.. FundsHeader.Split(',')]);
            sheet.WriteRow("P001", new DateOnly(2021, 3, 31), 1.5);
            sheet.WriteRow("P001", new DateTime(2021, 4, 30, 18, 0, 0), 2);
        });

        temp.ImportOk(path, styled);

        Assert.That(temp.Rows("select signed_on, started_on, producing_on, in_stats_on from raw.projects"),
            Is.EqualTo(new[] { "2021-03-05 | 2021-04-01 | 2021-10-01 | 2021-11-01" }));
        Assert.That(temp.Rows("select month, amount from raw.funds order by 1"), Is.EqualTo(new[] { "2021-03-01 | 1.5", "2021-04-01 | 2" }));
    }

    [Test]
    public void Workbook_with_one_ledger_per_sheet_loads_every_ledger()
    {
        var path = LedgerFiles.Xlsx(temp.Files, "台账汇总.xlsx", w =>
        {
            var projects = w.AddSheet("项目台账");
            projects.WriteHeaderRow("江城市招商项目台账");
            projects.MergeCells("A1:L1");
            projects.WriteHeaderRow(Header);
            projects.WriteRow("P001", "光伏组件", "甲公司", "江城区", "新能源", "外资", 8, new DateOnly(2021, 2, 1));
            projects.WriteRow("P002", "储能电站", "乙公司", "河西区", "新能源", "本地资金", 6, new DateOnly(2021, 5, 9));
            var funds = w.AddSheet("资金到位");
            funds.WriteHeaderRow([.. FundsHeader.Split(',')]);
            funds.WriteRow("P001", "2021-03", 1.25);
            funds.WriteRow("P002", "2021年6月", 0.5);
            var targets = w.AddSheet("目标任务");
            targets.WriteHeaderRow([.. TargetsHeader.Split(',')]);
            targets.WriteRow(2021, "河西区", "签约总投资(亿元)", 40);
            var activities = w.AddSheet("招商活动");
            activities.WriteHeaderRow([.. ActivitiesHeader.Split(',')]);
            activities.WriteRow(new DateOnly(2021, 3, 2), "江城区", "推介会", 1, "长三角推介会");
        });

        var result = temp.ImportOk(path);

        var entry = result.Version!.Files.Single();
        Assert.That(entry.Kinds, Is.EqualTo(new[] { "projects", "funds", "targets", "activities" }));
        Assert.That(entry.Rows, Is.EquivalentTo(new Dictionary<string, long> { ["projects"] = 2, ["funds"] = 2, ["targets"] = 1, ["activities"] = 1 }));
        Assert.That(temp.Rows("select project_id, region, investment, signed_on, _sheet, _row from raw.projects order by 1"),
            Is.EqualTo(new[] { "P001 | 江城区 | 8 | 2021-02-01 | 项目台账 | 3", "P002 | 河西区 | 6 | 2021-05-09 | 项目台账 | 4" }));
        Assert.That(temp.Rows("select project_id, month, amount, _sheet from raw.funds order by 1"),
            Is.EqualTo(new[] { "P001 | 2021-03-01 | 1.25 | 资金到位", "P002 | 2021-06-01 | 0.5 | 资金到位" }));
        Assert.That(temp.Rows("select year, region, indicator, target from raw.targets"), Is.EqualTo(new[] { "2021 | 河西区 | 签约总投资(亿元) | 40" }));
        Assert.That(temp.Rows("select date, region, activity_type, count, note from raw.activities"), Is.EqualTo(new[] { "2021-03-02 | 江城区 | 推介会 | 1 | 长三角推介会" }));
    }

    /// <summary>A row of raw cells: <c>s:N</c> a shared string, <c>n:V</c> a number without any style.</summary>
    private static string Row(int number, params string[] cells) =>
        $"<row r=\"{number}\">" + string.Concat(cells.Select((c, i) =>
        {
            var reference = $"{(char)('A' + i)}{number}";
            return c[0] == 's' ? $"<c r=\"{reference}\" t=\"s\"><v>{c[2..]}</v></c>" : $"<c r=\"{reference}\"><v>{c[2..]}</v></c>";
        })) + "</row>";
}
