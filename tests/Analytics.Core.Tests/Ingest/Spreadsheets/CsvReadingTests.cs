using System.Text;
using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

public sealed class CsvReadingTests : SpreadsheetTestBase
{
    private string WriteText(string fileName, string text) => WriteBytes(fileName, Encoding.UTF8.GetBytes(text));

    [Test]
    public void A_csv_file_is_one_sheet_named_after_the_file()
    {
        var path = WriteText("项目台账2024.csv", "项目编号,项目名称\nXM-001,光伏组件\n");

        using var file = SpreadsheetFile.Open(path);

        Assert.That(file.Format, Is.EqualTo(SpreadsheetFormat.Csv));
        Assert.That(file.Sheets, Is.EqualTo(new[] { new SheetInfo("项目台账2024", 0, false) }));
        var rows = file.ReadRows(file.Sheets[0]).ToList();
        Assert.That(rows.Select(r => r.Number), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(Texts(rows[1]), Is.EqualTo(new[] { "XM-001", "光伏组件" }));
        Assert.That(rows[1][0].Kind, Is.EqualTo(CellKind.Text));
    }

    [Test]
    public void A_file_with_another_extension_is_still_read_by_its_content()
    {
        var path = WriteText("ledger.xlsx", "a,b\n1,2\n");

        using var file = SpreadsheetFile.Open(path);

        Assert.That(file.Format, Is.EqualTo(SpreadsheetFormat.Csv));
    }

    [TestCase("PKID,名称\n1,高新区\n")]
    [TestCase("GIF8,名称\n1,高新区\n")]
    [TestCase("7z,名称\n1,高新区\n")]
    public void Text_that_begins_like_a_binary_signature_is_still_csv(string text)
    {
        var path = WriteText("signature.csv", text);

        Assert.That(ReadSheet(path).Select(r => r[1].Text), Is.EqualTo(new[] { "名称", "高新区" }));
    }

    [Test]
    public void Quoted_fields_hold_delimiters_quotes_and_line_breaks()
    {
        var path = WriteText("quoted.csv",
            "项目名称,协议总投资,备注\r\n" +
            "\"智能制造产业园（一期、二期）\",\"1,234.5\",\"他说\"\"已签约\"\"\"\r\n" +
            "\"多行\r\n备注\nLF\",\"\",末尾\r\n");

        var rows = ReadSheet(path);

        Assert.That(rows.Select(r => r.Number), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(Texts(rows[1]), Is.EqualTo(new[] { "智能制造产业园（一期、二期）", "1,234.5", "他说\"已签约\"" }));
        Assert.That(Texts(rows[2]), Is.EqualTo(new[] { "多行\r\n备注\nLF", "", "末尾" }));
        Assert.That(rows[2][1], Is.EqualTo(Cell.Empty));
    }

    [TestCase("\r\n")]
    [TestCase("\n")]
    [TestCase("\r")]
    public void Every_line_end_style_ends_a_record(string lineEnd)
    {
        var path = WriteText("lines.csv", string.Join(lineEnd, "a,b", "1,2", "", "3,4") + lineEnd);

        var rows = ReadSheet(path);

        Assert.That(rows.Select(r => string.Join("|", Texts(r))), Is.EqualTo(new[] { "a|b", "1|2", "", "3|4" }));
        Assert.That(rows.Select(r => r.Number), Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(rows[2].IsBlank, Is.True);
    }

    [Test]
    public void The_last_record_needs_no_line_end()
    {
        var path = WriteText("last.csv", "a,b\r\n1,\"2\"");

        var rows = ReadSheet(path);

        Assert.That(rows.Select(r => string.Join("|", Texts(r))), Is.EqualTo(new[] { "a|b", "1|2" }));
    }

    [Test]
    public void Title_rows_count_in_record_numbers()
    {
        var path = WriteText("title.csv", "2024年招商引资项目台账,,,\n填报单位：市投资促进中心,,,\n项目编号,项目名称,所属地区,协议总投资(亿元)\nXM-001,光伏组件,高新区,12.5\n");

        var rows = ReadSheet(path);

        Assert.That(rows.Select(r => r.Number), Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(rows[0].Cells, Has.Count.EqualTo(1), "trailing empty fields are left out");
        Assert.That(rows[3][3].Text, Is.EqualTo("12.5"));
    }

    [Test]
    public void Fields_keep_their_spaces()
    {
        var path = WriteText("spaces.csv", " a , b \n");

        Assert.That(Texts(ReadSheet(path).Single()), Is.EqualTo(new[] { " a ", " b " }));
    }

    [TestCase("项目编号;协议总投资;签约日期\nXM-001;1,234.5;2021/3/5\nXM-002;12,5;2021-03-05\n", ";")]
    [TestCase("项目编号\t协议总投资\t签约日期\nXM-001\t1,234.5\t2021/3/5\nXM-002\t12,5\t2021-03-05\n", "\t")]
    [TestCase("项目编号,协议总投资,签约日期\nXM-001,\"1,234.5\",2021/3/5\nXM-002,\"12;5\",2021-03-05\n", ",")]
    public void The_delimiter_is_found_from_the_content(string text, string delimiter)
    {
        var path = WriteText("delimited.csv", text);

        var rows = ReadSheet(path);

        Assert.That(rows.Select(r => r.Cells.Count), Is.EqualTo(new[] { 3, 3, 3 }), $"delimiter {delimiter}");
        Assert.That(rows[1][1].Text, Is.EqualTo("1,234.5"));
    }

    [Test]
    public void A_single_column_file_reads_with_the_comma_default()
    {
        var path = WriteText("single.csv", "所属地区\n高新区\n经开区;\n");

        Assert.That(ReadSheet(path).Select(r => r[0].Text), Is.EqualTo(new[] { "所属地区", "高新区", "经开区;" }));
    }

    [Test]
    public void Stray_text_after_a_closing_quote_is_kept_and_a_quote_inside_a_field_is_literal()
    {
        var path = WriteText("stray.csv", "\"ab\"c,d\"e\"f\n");

        Assert.That(Texts(ReadSheet(path).Single()), Is.EqualTo(new[] { "abc", "d\"e\"f" }));
    }

    [Test]
    public void Fields_and_line_ends_split_across_read_buffers_are_whole()
    {
        // 64 K characters per buffer: a 70,000-character field, a quoted one with a doubled quote
        // at the boundary, and CRLF pairs land across buffer ends somewhere among many short rows.
        var longField = new string('长', 70_000);
        var quoted = new string('引', 65_530) + "\"\"" + new string('号', 10);
        var builder = new StringBuilder();
        builder.Append("a,").Append(longField).Append("\r\n");
        builder.Append("\"").Append(quoted).Append("\",x\r\n");
        for (var i = 0; i < 20_000; i++) builder.Append(i).Append(",v\r\n");
        var path = WriteText("long.csv", builder.ToString());

        var rows = ReadSheet(path);

        Assert.That(rows, Has.Count.EqualTo(20_002));
        Assert.That(rows[0][1].Text, Is.EqualTo(longField));
        Assert.That(rows[1][0].Text, Is.EqualTo(new string('引', 65_530) + "\"" + new string('号', 10)));
        Assert.That(rows[1][1].Text, Is.EqualTo("x"));
        Assert.That(rows.Skip(2).Select(r => r[0].Text), Is.EqualTo(Enumerable.Range(0, 20_000).Select(i => i.ToString())));
        Assert.That(rows.Skip(2).All(r => r.Cells.Count == 2 && r[1].Text == "v"), Is.True);
    }

    [Test]
    public void An_unclosed_quote_that_runs_on_for_megabytes_is_an_error_naming_the_row()
    {
        var path = WriteText("unclosed.csv", "a,b\n\"" + new string('x', 1_100_000) + "\n");

        using var file = SpreadsheetFile.Open(path);
        var error = Assert.Throws<SpreadsheetException>(() => file.ReadRows(file.Sheets[0]).ToList())!;

        Assert.That(error.Message, Is.EqualTo("unclosed.csv › unclosed › 第2行: 单元格内容过长，可能缺少右引号 / a field is too long: a closing quote is probably missing"));
        Assert.That((error.Sheet, error.Row), Is.EqualTo(("unclosed", (int?)2)));
    }
}
