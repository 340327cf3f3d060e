using System.Text;
using static Analytics.Core.Tests.Ingest.LedgerCorpus;

namespace Analytics.Core.Tests.Ingest;

/// <summary>CSV ledgers as offices really save them: odd encodings, line ends, headers and number forms. Each must load with exact values.</summary>
public sealed class AwkwardCsvTests
{
    private const string ProjectColumns = "select project_id, name, investor, region, industry_chain, fund_source, investment, signed_on, started_on, producing_on, in_stats_on, status from raw.projects order by project_id";

    private TempStore temp = null!;

    [SetUp]
    public void CreateStore() => temp = new TempStore("awkward-csv-");

    [TearDown]
    public void DeleteStore() => temp.Dispose();

    [Test]
    public void GB18030_csv_loads_with_its_Chinese_text()
    {
        var text = ProjectsHeader + "\r\n" + "P001,新能源电池项目,甲公司,江城区,新能源汽车,省外资金,25.5,2021-01-15,2021-03-01,,,已开工\r\n";
        var path = LedgerFiles.Text(temp.Files, "项目台账.csv", text, LedgerFiles.Gb18030);
        Assert.That(File.ReadAllBytes(path)[..4], Is.EqualTo(LedgerFiles.Gb18030.GetBytes("项目")), "the file really is GB18030");

        temp.ImportOk(path);

        Assert.That(temp.Rows(ProjectColumns), Is.EqualTo(new[] { "P001 | 新能源电池项目 | 甲公司 | 江城区 | 新能源汽车 | 省外资金 | 25.5 | 2021-01-15 | 2021-03-01 | ∅ | ∅ | 已开工" }));
    }

    [Test]
    public void UTF8_byte_order_mark_is_not_part_of_the_first_header()
    {
        var path = LedgerFiles.Text(temp.Files, "项目台账.csv", ProjectsHeader + "\n" + Project("P001", investment: "8") + "\n", Encoding.UTF8, bom: true);
        Assert.That(File.ReadAllBytes(path)[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));

        temp.ImportOk(path);

        Assert.That(temp.Rows("select project_id, length(project_id), investment from raw.projects"), Is.EqualTo(new[] { "P001 | 4 | 8" }));
    }

    [Test]
    public void CRLF_line_ends_leave_no_carriage_return_in_the_last_column()
    {
        var path = LedgerFiles.Text(temp.Files, "项目台账.csv",
            ProjectsHeader + "\r\n" + Project("P001", started: "2021-07-01", status: "已开工") + "\r\n" + Project("P002") + "\r\n", Encoding.UTF8);

        temp.ImportOk(path);

        Assert.That(temp.Rows("select project_id, status, length(status), _row from raw.projects order by 1"), Is.EqualTo(new[] { "P001 | 已开工 | 3 | 2", "P002 | ∅ | ∅ | 3" }));
    }

    [Test]
    public void Title_rows_above_the_header_are_skipped_and_rows_keep_their_numbers()
    {
        var path = LedgerFiles.Csv(temp.Files, "项目台账.csv",
            "江城市2021年招商引资重点项目台账,,,,,,,,,,,",
            "填报单位：市投资促进中心,,,,,,,,,截至：2021年11月30日,,",
            "",
            ProjectsHeader,
            Project("P001", investment: "12"),
            Project("P002", investment: "0.5"));

        temp.ImportOk(path);

        Assert.That(temp.Rows("select project_id, investment, _row from raw.projects order by 1"), Is.EqualTo(new[] { "P001 | 12 | 5", "P002 | 0.5 | 6" }));
    }

    [Test]
    public void Every_date_form_reads_as_the_same_day()
    {
        var path = LedgerFiles.Csv(temp.Files, "项目台账.csv", ProjectsHeader,
            Project("P1", signed: "2021/3/5"),
            Project("P2", signed: "2021-03-05"),
            Project("P3", signed: "2021年3月5日"),
            Project("P4", signed: "2021.3.5"),
            Project("P5", signed: "20210305"),
            Project("P6", signed: "2021-3-5 14:30:00"),
            Project("P7", signed: "44260"));

        temp.ImportOk(path);

        Assert.That(temp.Rows("select distinct signed_on from raw.projects"), Is.EqualTo(new[] { "2021-03-05" }));
        Assert.That(temp.Scalar("select count(*) from raw.projects"), Is.EqualTo("7"));
    }

    [Test]
    public void Wan_yuan_columns_are_divided_by_ten_thousand()
    {
        var projects = LedgerFiles.Csv(temp.Files, "项目台账.csv",
            "项目编号,项目名称,所属地区,产业链,资金来源,协议总投资(万元)",
            "P001,光伏组件,江城区,新能源,外资,\"12,345.6\"",
            "P002,储能电站,江城区,新能源,外资,50000");
        var funds = LedgerFiles.Csv(temp.Files, "资金到位台账.csv", "项目编号,到位月份,实际到位资金（万元）", "P001,2021年3月,2500", "P002,2021-04-18,\"1,000\"");

        temp.ImportOk(projects, funds);

        Assert.That(temp.Rows("select project_id, investment from raw.projects order by 1"), Is.EqualTo(new[] { "P001 | 1.23456", "P002 | 5" }));
        Assert.That(temp.Rows("select project_id, month, amount from raw.funds order by 1"), Is.EqualTo(new[] { "P001 | 2021-03-01 | 0.25", "P002 | 2021-04-01 | 0.1" }));
    }

    [Test]
    public void Full_width_parentheses_in_a_header_match()
    {
        var path = LedgerFiles.Csv(temp.Files, "项目台账.csv", "项目编号,项目名称,所属地区,产业链,资金来源,协议总投资（亿元）", "P001,光伏组件,江城区,新能源,外资,25.5");

        temp.ImportOk(path);

        Assert.That(temp.Rows("select project_id, investment from raw.projects"), Is.EqualTo(new[] { "P001 | 25.5" }));
    }

    [Test]
    public void Numbers_written_as_text_are_read()
    {
        var path = LedgerFiles.Csv(temp.Files, "项目台账.csv", ProjectsHeader,
            Project("P1", investment: "\"1,234.5\""),
            Project("P2", investment: "１２.５"),
            Project("P3", investment: " 8 "),
            Project("P4", investment: "3.5亿元"));

        temp.ImportOk(path);

        Assert.That(temp.Rows("select project_id, investment from raw.projects order by 1"), Is.EqualTo(new[] { "P1 | 1234.5", "P2 | 12.5", "P3 | 8", "P4 | 3.5" }));
    }

    [Test]
    public void Header_aliases_map_to_their_columns()
    {
        var path = LedgerFiles.Csv(temp.Files, "项目台账.csv",
            "编号,名称,投资主体,载体单位,所属产业链,资金类别,总投资(万元),签约日期,开工日期,竣工投产日期,纳统日期,状态,企业性质",
            "P001,新能源电池项目,甲公司,江城区,新能源汽车,省外资金,255000,2021-01-15,2021-03-01,2021-10-01,2021-11-01,已入统,民营");

        temp.ImportOk(path);

        Assert.That(temp.Rows(ProjectColumns), Is.EqualTo(new[] { "P001 | 新能源电池项目 | 甲公司 | 江城区 | 新能源汽车 | 省外资金 | 25.5 | 2021-01-15 | 2021-03-01 | 2021-10-01 | 2021-11-01 | 已入统" }));
        Assert.That(temp.Scalar("select investor_type from raw.projects"), Is.EqualTo("民营"));
    }

    [Test]
    public void Totals_row_at_the_bottom_is_skipped()
    {
        var path = LedgerFiles.Csv(temp.Files, "项目台账.csv",
            "序号," + ProjectsHeader,
            "1," + Project("P001", investment: "25.5"),
            "2," + Project("P002", investment: "12"),
            "合计,,,,,,,37.5,,,,,");

        var result = temp.ImportOk(path);

        Assert.That(temp.Rows("select project_id, investment from raw.projects order by 1"), Is.EqualTo(new[] { "P001 | 25.5", "P002 | 12" }));
        Assert.That(result.Version!.Files.Single().Rows["projects"], Is.EqualTo(2));
        Assert.That(result.Problems.Listed, Is.Empty);
    }

    [Test]
    public void Totals_row_written_in_the_id_column_is_skipped()
    {
        var path = LedgerFiles.Csv(temp.Files, "项目台账.csv", ProjectsHeader,
            Project("P001", investment: "25.5"),
            Project("P002", investment: "12"),
            "合计,,,,,,37.5,,,,,");

        var result = temp.ImportOk(path);

        Assert.That(temp.Rows("select project_id from raw.projects order by 1"), Is.EqualTo(new[] { "P001", "P002" }));
        Assert.That(result.Version!.Files.Single().Rows["projects"], Is.EqualTo(2));
    }

    [Test]
    public void Blank_rows_are_skipped_and_later_rows_keep_their_numbers()
    {
        var path = LedgerFiles.Csv(temp.Files, "项目台账.csv", ProjectsHeader,
            Project("P001"),
            "",
            ",,,,,,,,,,,",
            "  ,  ,,,,,,,,,,",
            Project("P002"));

        var result = temp.ImportOk(path);

        Assert.That(temp.Rows("select project_id, _row from raw.projects order by 1"), Is.EqualTo(new[] { "P001 | 2", "P002 | 6" }));
        Assert.That(result.Version!.Files.Single().Rows["projects"], Is.EqualTo(2));
    }

    [Test]
    public void Status_that_contradicts_the_dates_loads_with_a_warning_listed_and_recorded()
    {
        var path = LedgerFiles.Csv(temp.Files, "项目台账.csv", ProjectsHeader,
            Project("P001", signed: "2021-03-01", status: "已开工"),
            Project("P002", signed: "2021-04-01", status: "在谈"));

        var result = temp.ImportOk(path);

        var lines = result.Problems.Listed.SelectMany(p => new[] { p.LineZh, p.LineEn }).ToArray();
        Assert.That(lines, Is.EqualTo(new[]
        {
            "警告：项目台账.csv › 项目台账 › 第2行 › 项目状态：项目状态为「已开工」但没有开工日期，发现「已开工」",
            "warning: 项目台账.csv › 项目台账 › row 2 › 项目状态: status 已开工 but no 开工日期; found \"已开工\"",
            "警告：项目台账.csv › 项目台账 › 第3行 › 项目状态：项目状态为「在谈」但已有签约日期，发现「在谈」",
            "warning: 项目台账.csv › 项目台账 › row 3 › 项目状态: status 在谈 (negotiating) but a signing date is given; found \"在谈\"",
        }));
        Assert.That(temp.Rows("select project_id, status from raw.projects order by 1"), Is.EqualTo(new[] { "P001 | 已开工", "P002 | 在谈" }));
        Assert.That(temp.Store.Current!.Warnings, Is.EqualTo(2));
        var recorded = temp.Store.History()[^1];
        Assert.That((recorded.Succeeded, recorded.Warnings, recorded.VersionId), Is.EqualTo((true, 2, result.Version!.Id)));
        Assert.That(recorded.Messages, Is.EqualTo(new[] { lines[0], lines[2] }));
    }
}
