using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

public sealed class XlsxDateTests : SpreadsheetTestBase
{
    private const string ChineseFormats = """
        <numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
        <numFmt numFmtId="177" formatCode="0.00&quot;亿元&quot;"/>
        <numFmt numFmtId="178" formatCode="[$-804]yyyy/m/d;@"/>
        <numFmt numFmtId="179" formatCode="#,##0.00_);[Red]\(#,##0.00\)"/>
        <numFmt numFmtId="180" formatCode="[DBNum1][$-804]m&quot;月&quot;d&quot;日&quot;"/>
        <numFmt numFmtId="181" formatCode="yyyy\.m\.d"/>
        """;

    [Test]
    public void Numbers_in_date_formats_are_dates_with_their_serial()
    {
        // Cell formats by index: 0 General, 1 built-in 14 (m/d/yyyy), 2 built-in 22 (m/d/yyyy h:mm),
        // 3 built-in 31 (CJK yyyy年m月d日), 4 built-in 57 (CJK yyyy年m月), 5..10 the custom formats above, 11 built-in 4 (#,##0.00).
        var path = new XlsxBuilder()
            .Styles(ChineseFormats, 0, 14, 22, 31, 57, 176, 177, 178, 179, 180, 181, 4)
            .Sheet("Sheet1", """
                <row r="1">
                  <c r="A1"><v>44260</v></c>
                  <c r="B1" s="1"><v>44260</v></c>
                  <c r="C1" s="2"><v>44260.5</v></c>
                  <c r="D1" s="3"><v>44260</v></c>
                  <c r="E1" s="4"><v>44256</v></c>
                  <c r="F1" s="5"><v>44260</v></c>
                  <c r="G1" s="6"><v>12.5</v></c>
                  <c r="H1" s="7"><v>44260</v></c>
                  <c r="I1" s="8"><v>1234.5</v></c>
                  <c r="J1" s="9"><v>44260</v></c>
                  <c r="K1" s="10"><v>44260</v></c>
                  <c r="L1" s="11"><v>44260</v></c>
                  <c r="M1" s="99"><v>44260</v></c>
                </row>
                """)
            .Save(PathOf("dates.xlsx"));

        var row = ReadSheet(path).Single();

        Assert.That(row.Cells.Select(c => c.Kind), Is.EqualTo(new[]
        {
            CellKind.Number, CellKind.DateTime, CellKind.DateTime, CellKind.DateTime, CellKind.DateTime,
            CellKind.DateTime, CellKind.Number, CellKind.DateTime, CellKind.Number, CellKind.DateTime,
            CellKind.DateTime, CellKind.Number, CellKind.Number,
        }));
        Assert.That(row[1], Is.EqualTo(new Cell(CellKind.DateTime, "44260", 44260)), "2021-03-05");
        Assert.That(row[2].Number, Is.EqualTo(44260.5));
    }

    [Test]
    public void Dates_of_the_1904_system_are_given_as_1900_serials()
    {
        var path = new XlsxBuilder()
            .Date1904()
            .Styles("", 0, 14)
            .Sheet("Sheet1", """<row r="1"><c r="A1" s="1"><v>42798</v></c><c r="B1"><v>42798</v></c></row>""")
            .Save(PathOf("mac.xlsx"));

        var row = ReadSheet(path).Single();

        // 42798 days after 1904-01-01 is 2021-03-05, which is 44260 in the 1900 system; plain numbers stay as they are.
        Assert.That(row[0], Is.EqualTo(new Cell(CellKind.DateTime, "44260", 44260)));
        Assert.That(row[1], Is.EqualTo(new Cell(CellKind.Number, "42798", 42798)));
    }

    [Test]
    public void Iso_date_cells_become_serials()
    {
        var path = new XlsxBuilder()
            .Sheet("Sheet1", """<row r="1"><c r="A1" t="d"><v>2021-03-05T00:00:00</v></c><c r="B1" t="d"><v>2021-03-05T12:00:00</v></c></row>""")
            .Save(PathOf("iso.xlsx"));

        var row = ReadSheet(path).Single();

        Assert.That(row[0], Is.EqualTo(new Cell(CellKind.DateTime, "2021-03-05T00:00:00", 44260)));
        Assert.That(row[1].Number, Is.EqualTo(44260.5));
    }

    [Test]
    public void Date_styles_only_count_cell_formats_not_cell_style_formats()
    {
        // The builder's cellStyleXfs holds a date format (22); s="0" points into cellXfs, which is General.
        var path = new XlsxBuilder()
            .Styles("", 0)
            .Sheet("Sheet1", """<row r="1"><c r="A1" s="0"><v>44260</v></c></row>""")
            .Save(PathOf("stylexf.xlsx"));

        Assert.That(ReadSheet(path).Single()[0].Kind, Is.EqualTo(CellKind.Number));
    }
}
