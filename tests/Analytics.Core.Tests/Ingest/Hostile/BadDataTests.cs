using System.Text;
using Analytics.Core.Ingest;
using static Analytics.Core.Tests.Ingest.LedgerCorpus;

namespace Analytics.Core.Tests.Ingest.Hostile;

/// <summary>
/// Bad data that used to load silently or be refused with internal text (issue 13, item 6): each is
/// refused, or warned about, with file › sheet › row › column and what was found.
/// </summary>
public sealed class BadDataTests
{
    private TempStore temp = null!;

    [SetUp]
    public void CreateStore() => temp = new TempStore("bad-data-");

    [TearDown]
    public void DeleteStore() => temp.Dispose();

    [Test]
    public void A_utf8_row_in_a_gb18030_file_is_refused_with_its_row()
    {
        var gb = LedgerFiles.Gb18030.GetBytes(string.Join("\n", ProjectsHeader, Project("P101"), Project("P102")) + "\n");
        var utf8 = Encoding.UTF8.GetBytes(Project("P103").Replace("江城区", "幽灵区") + "\n");
        var tail = LedgerFiles.Gb18030.GetBytes(Project("P104") + "\n");
        var path = LedgerFiles.Bytes(temp.Files, "新增项目.csv", [.. gb, .. utf8, .. tail]);

        Assert.That(Lines(temp.Import(path)), Is.EqualTo(new[]
        {
            "错误：新增项目.csv › 新增项目 › 第4行：文件编码不一致：全文是 GB18030（GBK）编码，此行却是 UTF-8 编码，请整体另存为 UTF-8 CSV",
        }));
    }

    [Test]
    public void Two_headers_naming_one_column_are_refused_naming_both()
    {
        var path = LedgerFiles.Csv(temp.Files, "新增项目.csv", "编号," + ProjectsHeader, "X1," + Project("P101"));

        Assert.That(Lines(temp.Import(path)), Is.EqualTo(new[]
        {
            "错误：新增项目.csv › 新增项目 › 第1行 › 项目编号：表头「编号」（A列）与「项目编号」（B列）都是「项目编号」，无法确定用哪一列，应为只保留其中一列，或改名另一列",
        }));
    }

    [Test]
    public void Names_differing_only_by_invisible_or_full_width_characters_are_one_name_with_a_warning()
    {
        var path = LedgerFiles.Csv(temp.Files, "新增项目.csv", ProjectsHeader,
            Project("P101"),
            Project("P102").Replace("江城区", "江城\u200B区"),
            Project("P103").Replace("某公司", "ＡＢＣ公司"));

        var result = temp.ImportOk(path);

        Assert.That(temp.Rows("select region, count(*) from raw.projects group by 1"), Is.EqualTo(new[] { "江城区 | 3" }));
        Assert.That(temp.Rows("select investor from raw.projects where project_id = 'P103'"), Is.EqualTo(new[] { "ABC公司" }));
        Assert.That(Lines(result), Is.EqualTo(new[]
        {
            "警告：新增项目.csv › 新增项目 › 第3行 › 所属地区：名称含全角字母或不可见字符，已统一为「江城区」（与写法相同的名称合并），发现「江城<U+200B>区」",
            "警告：新增项目.csv › 新增项目 › 第4行 › 投资方：名称含全角字母或不可见字符，已统一为「ABC公司」（与写法相同的名称合并），发现「ＡＢＣ公司」",
        }));
    }

    [Test]
    public void Chinese_punctuation_in_names_is_kept_as_written_without_a_warning()
    {
        var path = LedgerFiles.Csv(temp.Files, "新增项目.csv", ProjectsHeader,
            Project("P101").Replace("某公司", "沃越动力科技（香港）有限公司"));

        var result = temp.ImportOk(path);

        Assert.That(temp.Rows("select investor from raw.projects"), Is.EqualTo(new[] { "沃越动力科技（香港）有限公司" }));
        Assert.That(Lines(result), Is.Empty);
    }

    [Test]
    public void The_whole_city_as_a_projects_region_is_refused_with_its_row_and_column()
    {
        var path = LedgerFiles.Csv(temp.Files, "新增项目.csv", ProjectsHeader, Project("P101").Replace("江城区", "全市"));

        Assert.That(Lines(temp.Import(path)), Is.EqualTo(new[]
        {
            "错误：新增项目.csv › 新增项目 › 第2行 › 所属地区：项目台账的所属地区不能是「全市」，发现「全市」，应为项目所在的区县",
        }));
    }

    [Test]
    public void Amounts_whose_sum_would_overflow_are_refused_at_the_row_that_passes_the_limit()
    {
        var path = LedgerFiles.Csv(temp.Files, "到位.csv", FundsHeader, "P001,2021-05,60000000000000", "P001,2021-05,50000000000000");

        Assert.That(Lines(temp.Import(path)), Is.EqualTo(new[]
        {
            "错误：到位.csv › 到位 › 第3行 › 实际到位资金(亿元)：金额累计过大：本次导入此列金额的绝对值合计超过 10^14 亿元，汇总时会溢出，发现「50000000000000」，应为合计小于 10^14 亿元的金额",
        }));
    }

    [Test]
    public void A_workbook_with_a_dtd_says_so()
    {
        var path = LedgerFiles.RawXlsx(temp.Files, "新增项目.xlsx", "项目", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "项目编号");
        LedgerFiles.ReplaceEntry(path, "xl/worksheets/sheet1.xml", text => text.Replace("<worksheet", "<!DOCTYPE worksheet [<!ENTITY a \"aaaa\">]><worksheet"));

        Assert.That(Lines(temp.Import(path)), Is.EqualTo(new[]
        {
            "错误：新增项目.xlsx › 项目：文件含 DTD（文档类型声明），出于安全原因不予读取，请在 Excel 中另存为 .xlsx",
        }));
    }

    [Test]
    public void A_nul_byte_in_a_csv_is_refused_with_its_row_and_column()
    {
        var path = LedgerFiles.Csv(temp.Files, "新增项目.csv", ProjectsHeader, Project("P101"), Project("P102").Replace("某公司", "某\0公司"));

        Assert.That(Lines(temp.Import(path)), Is.EqualTo(new[]
        {
            "错误：新增项目.csv › 新增项目 › 第3行 › 投资方：单元格中含 NUL 字符（0x00），文件可能已损坏或不是文本",
        }));
    }

    [TestCase("utf-16", "文本编码为 UTF-16 (little-endian)，且没有 BOM，无法读取，请另存为 UTF-8 CSV")]
    [TestCase("utf-16BE", "文本编码为 UTF-16 (big-endian)，且没有 BOM，无法读取，请另存为 UTF-8 CSV")]
    [TestCase("utf-32", "文本编码为 UTF-32 (little-endian)，无法读取，请另存为 UTF-8 CSV")]
    public void Utf16_without_a_bom_and_utf32_say_what_was_found(string encoding, string message)
    {
        var path = LedgerFiles.Text(temp.Files, "新增项目.csv", string.Join("\n", ProjectsHeader, Project("P101")) + "\n", Encoding.GetEncoding(encoding));

        Assert.That(Lines(temp.Import(path)), Is.EqualTo(new[] { "错误：新增项目.csv：" + message }));
    }

    [Test]
    public void Utf32_with_a_bom_says_what_was_found()
    {
        var path = LedgerFiles.Text(temp.Files, "新增项目.csv", ProjectsHeader + "\n", Encoding.UTF32, bom: true);

        Assert.That(Lines(temp.Import(path)), Is.EqualTo(new[] { "错误：新增项目.csv：文本编码为 UTF-32，无法读取，请另存为 UTF-8 CSV" }));
    }

    [Test]
    public void A_csv_row_of_100000_columns_is_refused_not_cut()
    {
        var path = LedgerFiles.Csv(temp.Files, "新增项目.csv", ProjectsHeader, Project("P101") + new string(',', 99_990) + "尾");

        Assert.That(Lines(temp.Import(path)), Is.EqualTo(new[]
        {
            "错误：新增项目.csv › 新增项目 › 第2行：此行有 100,002 列，超过 Excel 的上限 16,384 列",
        }));
    }

    [Test]
    public void A_file_name_with_a_line_break_keeps_each_problem_on_one_line()
    {
        var path = LedgerFiles.Csv(temp.Files, "新增\n项目.csv", ProjectsHeader, Project("P101", investment: "很多"));

        var result = temp.Import(path);

        Assert.That(result.Problems.Listed.Select(p => p.LineZh + "\n" + p.LineEn), Is.EqualTo(new[]
        {
            "错误：新增\\n项目.csv › 新增\\n项目 › 第2行 › 协议总投资(亿元)：无法识别的数字，发现「很多」，应为数字，如 12.5 或 1,234.5\n"
            + "error: 新增\\n项目.csv › 新增\\n项目 › row 2 › 协议总投资(亿元): not a number; found \"很多\"; expected a number such as 12.5 or 1,234.5",
        }));
    }

    private static string[] Lines(ImportResult result) => [.. result.Problems.Listed.Select(p => p.LineZh)];
}
