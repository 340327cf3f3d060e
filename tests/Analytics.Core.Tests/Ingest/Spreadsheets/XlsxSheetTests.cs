using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

public sealed class XlsxSheetTests : SpreadsheetTestBase
{
    [Test]
    public void Sheets_come_in_workbook_order_with_hidden_ones_flagged()
    {
        var path = new XlsxBuilder()
            .Sheet("说明", """<row r="1"><c r="A1" t="inlineStr"><is><t>填表说明</t></is></c></row>""")
            .Sheet("项目台账", """<row r="1"><c r="A1" t="inlineStr"><is><t>项目编号</t></is></c></row>""")
            .Sheet("字典", """<row r="1"><c r="A1" t="inlineStr"><is><t>所属地区</t></is></c></row>""", state: "hidden")
            .Sheet("校验", """<row r="1"><c r="A1"><v>1</v></c></row>""", state: "veryHidden")
            .Save(PathOf("workbook.xlsx"));

        using var file = SpreadsheetFile.Open(path);

        Assert.That(file.Format, Is.EqualTo(SpreadsheetFormat.Xlsx));
        Assert.That(file.TextEncoding, Is.Null);
        Assert.That(file.Sheets, Is.EqualTo(new[]
        {
            new SheetInfo("说明", 0, false),
            new SheetInfo("项目台账", 1, false),
            new SheetInfo("字典", 2, true),
            new SheetInfo("校验", 3, true),
        }));
        Assert.That(file.ReadRows(file.Sheets[1]).Single()[0].Text, Is.EqualTo("项目编号"));
        Assert.That(file.ReadRows(file.Sheets[2]).Single()[0].Text, Is.EqualTo("所属地区"));
        Assert.That(file.ReadRows(file.Sheets[3]).Single()[0].Number, Is.EqualTo(1));
    }

    [Test]
    public void Two_sheets_can_be_read_at_the_same_time()
    {
        var path = new XlsxBuilder()
            .Sheet("A", """<row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row>""")
            .Sheet("B", """<row r="1"><c><v>10</v></c></row><row r="2"><c><v>20</v></c></row>""")
            .Save(PathOf("two.xlsx"));
        using var file = SpreadsheetFile.Open(path);

        using var a = file.ReadRows(file.Sheets[0]).GetEnumerator();
        using var b = file.ReadRows(file.Sheets[1]).GetEnumerator();
        var seen = new List<double>();
        while (a.MoveNext() && b.MoveNext()) seen.AddRange([a.Current[0].Number, b.Current[0].Number]);

        Assert.That(seen, Is.EqualTo(new double[] { 1, 10, 2, 20 }));
    }

    [Test]
    public void A_sheet_can_be_read_twice()
    {
        var path = new XlsxBuilder().Sheet("A", """<row r="1"><c><v>7</v></c></row>""").Save(PathOf("twice.xlsx"));
        using var file = SpreadsheetFile.Open(path);

        var first = file.ReadRows(file.Sheets[0]).Single()[0].Number;
        var second = file.ReadRows(file.Sheets[0]).Single()[0].Number;

        Assert.That((first, second), Is.EqualTo((7.0, 7.0)));
    }

    [Test]
    public void A_sheet_of_another_file_is_refused()
    {
        var path = new XlsxBuilder().Sheet("A", "").Save(PathOf("one.xlsx"));
        using var file = SpreadsheetFile.Open(path);

        Assert.Throws<ArgumentException>(() => file.ReadRows(new SheetInfo("B", 0, false)));
        Assert.Throws<ArgumentException>(() => file.ReadRows(new SheetInfo("A", 3, false)));
    }

    [Test]
    public void An_empty_sheet_has_no_rows()
    {
        var path = new XlsxBuilder()
            .Sheet("空", "")
            .SheetXml("无数据", """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>""")
            .Save(PathOf("empty-sheets.xlsx"));

        Assert.That(ReadSheet(path, 0), Is.Empty);
        Assert.That(ReadSheet(path, 1), Is.Empty);
    }

    [Test]
    public void Strict_open_xml_reads_like_transitional()
    {
        var path = new XlsxBuilder()
            .Strict()
            .SharedStrings("所属地区")
            .Styles("", 0, 14)
            .Sheet("严格", """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>44197</v></c></row>""", "<mergeCell ref=\"B1:C1\"/>")
            .Save(PathOf("strict.xlsx"));

        using var file = SpreadsheetFile.Open(path);
        var row = file.ReadRows(file.Sheets.Single()).Single();

        Assert.That(file.Sheets.Single().Name, Is.EqualTo("严格"));
        Assert.That(row[0].Text, Is.EqualTo("所属地区"));
        Assert.That(row[1], Is.EqualTo(new Cell(CellKind.DateTime, "44197", 44197)));
        Assert.That(row[2], Is.EqualTo(new Cell(CellKind.DateTime, "44197", 44197)));
    }

    [Test]
    public void Prefixed_element_names_are_read()
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var path = new XlsxBuilder()
            .SheetXml("Sheet1", $"""
                <x:worksheet xmlns:x="{main}"><x:sheetData>
                <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>标题</x:t></x:is></x:c></x:row>
                <x:row r="2"><x:c r="A2"><x:v>1.5</x:v></x:c></x:row>
                </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>
                """)
            .Save(PathOf("prefixed.xlsx"));

        var rows = ReadSheet(path);

        Assert.That(Texts(rows[0]), Is.EqualTo(new[] { "标题", "标题" }));
        Assert.That(rows[1][0].Number, Is.EqualTo(1.5));
    }

    [Test]
    public void Parts_named_in_another_case_are_found()
    {
        var path = new XlsxBuilder()
            .Sheet("Sheet1", """<row r="1"><c><v>1</v></c></row>""")
            .Part("xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/XL/Worksheets/Sheet1.xml"/></Relationships>""")
            .Save(PathOf("case.xlsx"));

        Assert.That(ReadSheet(path).Single()[0].Number, Is.EqualTo(1));
    }

    [Test]
    public void A_chart_sheet_is_listed_and_has_no_rows()
    {
        const string relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var path = new XlsxBuilder()
            .Sheet("数据", """<row r="1"><c><v>1</v></c></row>""")
            .Part("xl/workbook.xml", $"""<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{relationships}"><sheets><sheet name="图表" sheetId="2" r:id="rId2"/><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>""")
            .Part("xl/_rels/workbook.xml.rels", $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{relationships}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{relationships}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>""")
            .Part("xl/chartsheets/sheet1.xml", """<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>""")
            .Save(PathOf("chart.xlsx"));

        using var file = SpreadsheetFile.Open(path);

        Assert.That(file.Sheets.Select(s => s.Name), Is.EqualTo(new[] { "图表", "数据" }));
        Assert.That(file.ReadRows(file.Sheets[0]), Is.Empty);
        Assert.That(file.ReadRows(file.Sheets[1]).Single()[0].Number, Is.EqualTo(1));
    }

    [Test]
    public void Reading_after_dispose_is_refused()
    {
        var path = new XlsxBuilder().Sheet("A", "").Save(PathOf("disposed.xlsx"));
        var file = SpreadsheetFile.Open(path);
        var sheet = file.Sheets[0];
        file.Dispose();

        Assert.Throws<ObjectDisposedException>(() => file.ReadRows(sheet));
    }
}
