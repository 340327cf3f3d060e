using System.Text;
using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

public sealed class XlsxMergedCellTests : SpreadsheetTestBase
{
    [Test]
    public void A_title_merged_across_the_columns_fills_every_cell_of_its_row()
    {
        var path = new XlsxBuilder()
            .SharedStrings("2024年招商引资项目台账", "项目编号", "项目名称", "所属地区")
            .Sheet("Sheet1", """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="0"/><c r="C1" s="0"/></row>
                <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row>
                """, """<mergeCell ref="A1:C1"/>""")
            .Save(PathOf("title.xlsx"));

        var rows = ReadSheet(path);

        Assert.That(Texts(rows[0]), Is.EqualTo(new[] { "2024年招商引资项目台账", "2024年招商引资项目台账", "2024年招商引资项目台账" }));
        Assert.That(Texts(rows[1]), Is.EqualTo(new[] { "项目编号", "项目名称", "所属地区" }));
    }

    [Test]
    public void A_region_merged_down_the_rows_fills_each_project_row()
    {
        var path = new XlsxBuilder()
            .SharedStrings("所属地区", "项目编号", "高新区", "XM-001", "XM-002", "XM-003", "经开区", "XM-004")
            .Sheet("Sheet1", """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
                <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>
                <row r="3"><c r="A3" s="0"/><c r="B3" t="s"><v>4</v></c></row>
                <row r="4"><c r="B4" t="s"><v>5</v></c></row>
                <row r="5"><c r="A5" t="s"><v>6</v></c><c r="B5" t="s"><v>7</v></c></row>
                """, """<mergeCell ref="A2:A4"/>""")
            .Save(PathOf("regions.xlsx"));

        var rows = ReadSheet(path);

        Assert.That(rows.Select(r => r[0].Text), Is.EqualTo(new[] { "所属地区", "高新区", "高新区", "高新区", "经开区" }));
        Assert.That(rows.Select(r => r[1].Text), Is.EqualTo(new[] { "项目编号", "XM-001", "XM-002", "XM-003", "XM-004" }));
    }

    [Test]
    public void A_block_merged_both_ways_fills_rows_missing_from_the_file()
    {
        var path = new XlsxBuilder()
            .Sheet("Sheet1", """
                <row r="2"><c r="B2"><v>42</v></c></row>
                <row r="5"><c r="A5"><v>5</v></c></row>
                """, """<mergeCell ref="B2:C4"/>""")
            .Save(PathOf("block.xlsx"));

        var rows = ReadSheet(path);

        Assert.That(rows.Select(r => string.Join("|", Texts(r))), Is.EqualTo(new[] { "", "|42|42", "|42|42", "|42|42", "5" }));
        Assert.That(rows[2][1], Is.EqualTo(new Cell(CellKind.Number, "42", 42)));
    }

    [Test]
    public void Merged_cells_after_a_long_sheet_are_found()
    {
        // Enough rows that <mergeCells> lies well past the scanner's first 64 KB read.
        var data = new StringBuilder();
        data.Append("""<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row>""");
        for (var r = 2; r <= 5000; r++) data.Append($"""<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>{r * 2}</v></c></row>""");
        var path = new XlsxBuilder()
            .Sheet("Sheet1", data.ToString(), """<mergeCell ref="A1:D1"/><mergeCell ref="C4999:C5000"/>""")
            .Save(PathOf("long.xlsx"));

        var rows = ReadSheet(path);

        Assert.That(rows, Has.Count.EqualTo(5000));
        Assert.That(Texts(rows[0]), Is.EqualTo(new[] { "标题", "标题", "标题", "标题" }));
        Assert.That(rows[4998][2], Is.EqualTo(Cell.Empty), "a merge whose top-left cell is empty spreads nothing");
        Assert.That(Texts(rows[4999]), Is.EqualTo(new[] { "5000", "10000" }));
    }

    [Test]
    public void A_merge_starting_in_the_middle_of_a_row_keeps_the_cells_before_it()
    {
        var path = new XlsxBuilder()
            .Sheet("Sheet1", """
                <row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>资金来源</t></is></c><c r="E1"><v>5</v></c></row>
                """, """<mergeCell ref="B1:D1"/>""")
            .Save(PathOf("middle.xlsx"));

        Assert.That(Texts(ReadSheet(path).Single()), Is.EqualTo(new[] { "1", "资金来源", "资金来源", "资金来源", "5" }));
    }
}
