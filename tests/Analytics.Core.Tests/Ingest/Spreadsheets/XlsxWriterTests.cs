using System.IO.Compression;
using System.Xml.Linq;
using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

/// <summary>Checks the written package by reading its zip entries and XML directly.</summary>
public sealed class XlsxWriterTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private string _dir = "";

    [SetUp]
    public void CreateDirectory() => _dir = Directory.CreateTempSubdirectory("xlsx-writer-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Package_holds_the_parts_Excel_needs()
    {
        var path = Write(w => w.AddSheet("数据").WriteRow("a"));

        using var zip = ZipFile.OpenRead(path);
        Assert.That(zip.Entries.Select(e => e.FullName), Is.EquivalentTo(new[]
        {
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/styles.xml", "xl/worksheets/sheet1.xml", "docProps/app.xml",
        }));
        var types = Part(path, "[Content_Types].xml").Root!.Elements().Select(e => (string?)e.Attribute("PartName")).ToList();
        Assert.That(types, Does.Contain("/xl/workbook.xml").And.Contain("/xl/worksheets/sheet1.xml").And.Contain("/xl/styles.xml"));
    }

    [Test]
    public void Cells_keep_their_values_and_kinds()
    {
        var path = Write(w => w.AddSheet("S").WriteRow("江城 & <市>", 42, 1234567890123L, 0.1, 3.1400m, true, null, -2.5m));

        var cells = Cells(path, 1);
        Assert.That(cells["A1"].Attribute("t")!.Value, Is.EqualTo("inlineStr"));
        Assert.That(cells["A1"].Value, Is.EqualTo("江城 & <市>"));
        Assert.That(cells["B1"].Value, Is.EqualTo("42"));
        Assert.That(cells["C1"].Value, Is.EqualTo("1234567890123"));
        Assert.That(cells["D1"].Value, Is.EqualTo("0.1"));
        Assert.That(cells["E1"].Value, Is.EqualTo("3.14"));
        Assert.That(cells["F1"].Attribute("t")!.Value, Is.EqualTo("b"));
        Assert.That(cells["F1"].Value, Is.EqualTo("1"));
        Assert.That(cells.ContainsKey("G1"), Is.False, "a null cell is left out");
        Assert.That(cells["H1"].Value, Is.EqualTo("-2.5"));
    }

    [Test]
    public void Dates_are_serials_with_a_date_format()
    {
        var path = Write(w => w.AddSheet("S").WriteRow(
            new DateOnly(2021, 3, 5), new DateTime(2021, 3, 5, 12, 0, 0), new DateOnly(1900, 2, 28), new DateOnly(1900, 3, 1)));

        var cells = Cells(path, 1);
        Assert.That(cells["A1"].Value, Is.EqualTo("44260"));
        Assert.That(cells["B1"].Value, Is.EqualTo("44260.5"));
        Assert.That(cells["C1"].Value, Is.EqualTo("59"));
        Assert.That(cells["D1"].Value, Is.EqualTo("61"), "Excel's phantom 1900-02-29 is serial 60");
        var formats = NumberFormatsByStyle(path);
        Assert.That(formats[int.Parse(cells["A1"].Attribute("s")!.Value)], Is.EqualTo(@"yyyy\-mm\-dd"));
        Assert.That(formats[int.Parse(cells["B1"].Attribute("s")!.Value)], Is.EqualTo(@"yyyy\-mm\-dd\ hh:mm:ss"));
    }

    [Test]
    public void Formulas_are_written_with_their_cached_values()
    {
        var path = Write(w => w.AddSheet("S").WriteRow(1, 2, new XlsxFormula("=SUM(A1:B1)", 3), new XlsxFormula("A1&\"x\"", "1x")));

        var cells = Cells(path, 1);
        Assert.That(cells["C1"].Element(Main + "f")!.Value, Is.EqualTo("SUM(A1:B1)"));
        Assert.That(cells["C1"].Element(Main + "v")!.Value, Is.EqualTo("3"));
        Assert.That(cells["D1"].Attribute("t")!.Value, Is.EqualTo("str"));
        Assert.That(cells["D1"].Element(Main + "f")!.Value, Is.EqualTo("A1&\"x\""));
        Assert.That(cells["D1"].Element(Main + "v")!.Value, Is.EqualTo("1x"));
    }

    [Test]
    public void Merged_ranges_follow_the_sheet_data()
    {
        var path = Write(w =>
        {
            var sheet = w.AddSheet("S");
            sheet.WriteHeaderRow("江城市2021年招商引资项目台账");
            sheet.MergeCells("A1:O1");
            sheet.MergeCells("b3:c4");
            sheet.WriteRow("项目编号");
        });

        var root = Part(path, "xl/worksheets/sheet1.xml").Root!;
        var names = root.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.That(names.IndexOf("mergeCells"), Is.EqualTo(names.IndexOf("sheetData") + 1));
        var refs = root.Element(Main + "mergeCells")!.Elements(Main + "mergeCell").Select(e => e.Attribute("ref")!.Value);
        Assert.That(refs, Is.EqualTo(new[] { "A1:O1", "B3:C4" }));
        Assert.That(root.Element(Main + "mergeCells")!.Attribute("count")!.Value, Is.EqualTo("2"));
    }

    [Test]
    public void Sheets_follow_one_another_and_hidden_ones_are_flagged()
    {
        var path = Write(w =>
        {
            w.AddSheet("说明", hidden: true).WriteRow("hidden");
            var first = w.AddSheet("2020");
            first.WriteRow("a");
            first.WriteRow("b");
            w.AddSheet("2021").WriteRow("c");
        });

        var workbook = Part(path, "xl/workbook.xml").Root!;
        var sheets = workbook.Descendants(Main + "sheet").ToList();
        Assert.That(sheets.Select(s => s.Attribute("name")!.Value), Is.EqualTo(new[] { "说明", "2020", "2021" }));
        Assert.That(sheets.Select(s => (string?)s.Attribute("state")), Is.EqualTo(new[] { "hidden", null, null }));
        Assert.That(workbook.Descendants(Main + "workbookView").Single().Attribute("activeTab")!.Value, Is.EqualTo("1"));
        var rels = Part(path, "xl/_rels/workbook.xml.rels").Root!.Elements()
            .ToDictionary(e => e.Attribute("Id")!.Value, e => e.Attribute("Target")!.Value);
        Assert.That(sheets.Select(s => rels[s.Attribute(Rel + "id")!.Value]), Is.EqualTo(new[]
        {
            "worksheets/sheet1.xml", "worksheets/sheet2.xml", "worksheets/sheet3.xml",
        }));
        Assert.That(Cells(path, 2).Keys, Is.EqualTo(new[] { "A1", "A2" }));
        Assert.That(Cells(path, 3)["A1"].Value, Is.EqualTo("c"));
    }

    [Test]
    public void Header_rows_use_a_bold_font()
    {
        var path = Write(w =>
        {
            var sheet = w.AddSheet("S");
            sheet.WriteHeaderRow("项目编号");
            sheet.WriteRow("JC2021-0001");
        });

        var cells = Cells(path, 1);
        var styles = Part(path, "xl/styles.xml").Root!;
        var xf = styles.Element(Main + "cellXfs")!.Elements().ElementAt(int.Parse(cells["A1"].Attribute("s")!.Value));
        var font = styles.Element(Main + "fonts")!.Elements().ElementAt(int.Parse(xf.Attribute("fontId")!.Value));
        Assert.That(font.Element(Main + "b"), Is.Not.Null);
        Assert.That(cells["A2"].Attribute("s"), Is.Null);
    }

    [Test]
    public void Characters_illegal_in_xml_are_dropped_and_spaces_kept()
    {
        var path = Write(w => w.AddSheet("S").WriteRow("a\u0001b\u0008c\uFFFF", "  padded ", "\ud800lone", "😀"));

        var cells = Cells(path, 1);
        Assert.That(cells["A1"].Value, Is.EqualTo("abc"));
        Assert.That(cells["B1"].Value, Is.EqualTo("  padded "));
        Assert.That(cells["C1"].Value, Is.EqualTo("lone"));
        Assert.That(cells["D1"].Value, Is.EqualTo("😀"));
    }

    [Test]
    public void Same_calls_give_the_same_bytes()
    {
        void Fill(XlsxWriter w)
        {
            var sheet = w.AddSheet("项目");
            sheet.SetColumnWidths(14, 30);
            sheet.WriteHeaderRow("项目编号", "签约日期");
            sheet.MergeCells("A1:B1");
            for (var i = 0; i < 1000; i++)
            {
                sheet.WriteRow($"JC2021-{i:0000}", new DateOnly(2021, 1, 1).AddDays(i % 300), i * 0.25m);
            }
        }

        var first = File.ReadAllBytes(Write(Fill, "a.xlsx"));
        Thread.Sleep(1100); // zip times have two-second resolution; let the clock move on
        var second = File.ReadAllBytes(Write(Fill, "b.xlsx"));

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void A_workbook_without_sheets_still_gets_one()
    {
        var path = Write(_ => { });

        Assert.That(Part(path, "xl/workbook.xml").Root!.Descendants(Main + "sheet").Count(), Is.EqualTo(1));
    }

    [Test]
    public void Invalid_or_duplicate_sheet_names_are_rejected()
    {
        using var writer = XlsxWriter.Create(Path.Combine(_dir, "x.xlsx"));
        writer.AddSheet("项目");
        Assert.Throws<ArgumentException>(() => writer.AddSheet("项目"));
        Assert.Throws<ArgumentException>(() => writer.AddSheet("a/b"));
        Assert.Throws<ArgumentException>(() => writer.AddSheet(new string('x', 32)));
    }

    [Test]
    public void A_finished_sheet_cannot_take_more_rows()
    {
        using var writer = XlsxWriter.Create(Path.Combine(_dir, "x.xlsx"));
        var first = writer.AddSheet("1");
        writer.AddSheet("2");

        Assert.Throws<InvalidOperationException>(() => first.WriteRow("late"));
    }

    [Test]
    public void A_sheet_stops_at_1048576_rows()
    {
        using var writer = XlsxWriter.Create(Path.Combine(_dir, "x.xlsx"));
        var sheet = writer.AddSheet("S");
        for (var i = 0; i < XlsxWriter.MaxRows; i++)
        {
            sheet.WriteRow();
        }

        Assert.That(sheet.RowCount, Is.EqualTo(1_048_576));
        Assert.Throws<InvalidOperationException>(() => sheet.WriteRow());
    }

    [Test]
    public void Unsupported_values_are_rejected()
    {
        using var writer = XlsxWriter.Create(Path.Combine(_dir, "x.xlsx"));
        var sheet = writer.AddSheet("S");

        Assert.Throws<ArgumentException>(() => sheet.WriteRow(new object()));
        Assert.Throws<ArgumentException>(() => sheet.WriteRow(double.NaN));
        Assert.Throws<ArgumentException>(() => sheet.MergeCells("A1-B2"));
        Assert.Throws<ArgumentException>(() => sheet.WriteRow(new string('x', 32_768)));
    }

    private string Write(Action<XlsxWriter> fill, string name = "book.xlsx")
    {
        var path = Path.Combine(_dir, name);
        using (var writer = XlsxWriter.Create(path))
        {
            fill(writer);
        }

        return path;
    }

    private static XDocument Part(string path, string entry)
    {
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry(entry)!.Open();
        return XDocument.Load(stream);
    }

    private static Dictionary<string, XElement> Cells(string path, int sheet) =>
        Part(path, $"xl/worksheets/sheet{sheet}.xml").Descendants(Main + "c").ToDictionary(c => c.Attribute("r")!.Value);

    private static Dictionary<int, string> NumberFormatsByStyle(string path)
    {
        var styles = Part(path, "xl/styles.xml").Root!;
        var codes = styles.Element(Main + "numFmts")!.Elements()
            .ToDictionary(e => e.Attribute("numFmtId")!.Value, e => e.Attribute("formatCode")!.Value);
        return styles.Element(Main + "cellXfs")!.Elements()
            .Select((xf, i) => (i, id: xf.Attribute("numFmtId")!.Value))
            .Where(x => codes.ContainsKey(x.id))
            .ToDictionary(x => x.i, x => codes[x.id]);
    }
}
