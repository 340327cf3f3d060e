using Analytics.Core.Dashboards;
using Analytics.Core.Documents;
using Analytics.Core.Tests.Dashboards;
using Analytics.Core.Tests.Metrics;
using Analytics.Tests.Shared;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Core.Tests.Documents;

/// <summary>
/// A block's table as a workbook and as CSV on a ledger whose project names start like formulas (= + - @ and a tab):
/// read back with the Open XML SDK and converted by LibreOffice, the names stay text.
/// </summary>
public sealed class ExcelWorkbookTests
{
    private static readonly DateOnly AsOf = new(2021, 6, 30);
    private static readonly string[] Formulas = ["=HYPERLINK(\"http://x\")", "+1+2", "-3+4", "@SUM(A1:A2)", "=1+1"];

    private ImportedVersion version = null!;
    private string directory = null!;

    [OneTimeSetUp]
    public void Import()
    {
        version = ImportedVersion.Create(d =>
        [
            LedgerCsv.Projects(d, Formulas.Select((f, i) => new ProjectRow(f, "东区", "新能源汽车", "省外资金", 10m + i, Signed: $"2021-0{i + 1}-10"))),
            LedgerCsv.Funds(d, [("+1+2", "2021-05", 1.5m)]),
            LedgerCsv.Targets(d, [(2021, "东区", "新签约亿元以上项目数", 6m)]),
            LedgerCsv.Activities(d, [("2021-03-01", "东区", "外出招商", 1)]),
        ], AsOf);
        directory = Directory.CreateTempSubdirectory("xlsx-tests-").FullName;
    }

    [OneTimeTearDown]
    public void Remove()
    {
        version.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private BlockTable Table() => new DashboardRenderer(version.Reader, new PageLinks())
        .Table(DemoSetup.TestPage("```projects\nlist: signed\n```\n"), 0, new PageRequest(AsOf, Period.Ytd, null, Audience.Internal));

    private byte[] Workbook()
    {
        var table = Table();
        return ExcelWorkbook.Write([new ExcelWorkbook.Sheet(table.Table, ExcelWorkbook.Note(table.AsOf, table.DataVersion, table.HasSuppressed))]);
    }

    [Test]
    public void The_csv_guards_every_name_that_starts_like_a_formula()
    {
        var csv = new DashboardRenderer(version.Reader, new PageLinks())
            .Csv(DemoSetup.TestPage("```projects\nlist: signed\n```\n"), 0, new PageRequest(AsOf, Period.Ytd, null, Audience.Internal));
        foreach (var name in Formulas) Assert.That(csv, Does.Contain("'" + name.Replace("\"", "\"\"") + "项目"), name);
    }

    [Test]
    public void Names_are_quoted_text_cells_and_no_cell_is_a_formula()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook()), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.That(sheet.Descendants<CellFormula>(), Is.Empty);
        var quoted = document.WorkbookPart.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt(2);
        Assert.That(quoted.QuotePrefix?.Value, Is.True);
        var names = sheet.Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith('B')).Skip(1).Take(5).ToList();
        Assert.That(names.Select(c => c.InnerText), Is.EquivalentTo(Formulas.Select(f => f + "项目")));
        Assert.That(names.Select(c => (c.DataType!.Value, c.StyleIndex!.Value)), Has.All.EqualTo((CellValues.InlineString, 2u)));
    }

    [Test]
    public void The_header_is_bold_and_frozen_numbers_are_numbers_and_the_note_names_date_and_version()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook()), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.That(rows[0].Elements<Cell>().Select(c => c.InnerText), Is.EqualTo(new[] { "序号", "项目名称", "投资方", "地区", "产业链", "协议总投资（亿元）", "签约日期" }));
        Assert.That(rows[0].Elements<Cell>().Select(c => c.StyleIndex!.Value), Has.All.EqualTo(1u));
        var pane = sheet.Descendants<Pane>().Single();
        Assert.That((pane.VerticalSplit!.Value, pane.State!.Value), Is.EqualTo((1d, PaneStateValues.Frozen)));
        var amounts = rows.Skip(1).Take(5).Select(r => r.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('F'))).ToList();
        Assert.That(amounts.Select(c => c.DataType!.Value), Has.All.EqualTo(CellValues.Number));
        Assert.That(amounts.Select(c => decimal.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture)), Is.EquivalentTo(new[] { 10m, 11m, 12m, 13m, 14m }));
        var formats = document.WorkbookPart.WorkbookStylesPart!.Stylesheet!.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        var cellFormats = document.WorkbookPart.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Assert.That(amounts.Select(c => formats[cellFormats[(int)c.StyleIndex!.Value].NumberFormatId!.Value]), Has.All.EqualTo("0.0"), "shown as 10.0, as on the page");
        Assert.That(rows[^1].InnerText, Does.EndWith($" · 数据截至2021年6月30日 · 数据版本 {version.Reader.DataVersion}"));
        Assert.That(rows[^1].RowIndex!.Value, Is.EqualTo(8u), "header, 5 rows, a blank row, the note");
        var widths = sheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.That(widths[1], Is.GreaterThan(widths[0]), "the names' column is wider than the numbers'");
    }

    [Test]
    public void LibreOffice_reads_the_names_as_text()
    {
        var file = Path.Combine(directory, "projects.xlsx");
        File.WriteAllBytes(file, Workbook());
        var csv = File.ReadAllText(OfficeTools.Convert(file, "csv:Text - txt - csv (StarCalc):44,34,76", Path.GetDirectoryName(ImportedVersion.SqlDirectory)!));
        Assert.That(csv, Does.Contain("\"=HYPERLINK(\"\"http://x\"\")项目\""));
        Assert.That(csv, Does.Contain(",+1+2项目,").And.Contain(",-3+4项目,").And.Contain(",@SUM(A1:A2)项目,").And.Contain(",=1+1项目,"));
    }
}
