using System.Globalization;
using Analytics.Charts.Tables;
using Analytics.Core.Dashboards;
using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Dashboards.Outline;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ChartPart = Analytics.Core.Dashboards.Outline.ChartPart;
using TablePart = Analytics.Core.Dashboards.Outline.TablePart;

namespace Analytics.Core.Documents;

/// <summary>
/// Tables as an Excel workbook, a sheet a table: the header row in bold and frozen, numbers as numbers in the format they
/// are shown in (1,447.0 · 14.4%), units in the headers as the tables write them, columns as wide as their Chinese text,
/// and under the table a note row with the caption, the as-of date and the data version. Text is always a string cell
/// (never a formula), and text that a spreadsheet would read as a formula (= + - @, tab, carriage return first) is
/// also marked as quoted text, so that editing the cell keeps it text.
/// </summary>
public static class ExcelWorkbook
{
    /// <summary>A table of a workbook and the words under it.</summary>
    public sealed record Sheet(ChartTable Table, string Note);

    /// <summary>Every table and chart of a rendered page, one sheet each (a page without any gets one sheet of its text).</summary>
    public static byte[] Write(RenderedPage page)
    {
        var note = Note(page.AsOf, page.DataVersion, page.HasSuppressed);
        var sheets = page.Parts.Select(p => p switch
        {
            TablePart t => new Sheet(t.Table, note),
            ChartPart c => new Sheet(c.Table, note),
            _ => null,
        }).OfType<Sheet>().ToList();
        if (sheets.Count == 0)
            sheets.Add(new Sheet(new ChartTable(page.Title, [page.Title], page.Text.Split('\n').Where(l => l.Trim().Length > 0).Select(l => (IReadOnlyList<string?>)[l]).ToList()), note));
        return Write(sheets);
    }

    /// <summary>The note row's words: 数据截至2021年11月30日 · 数据版本 v… (and the footnote on withheld figures).</summary>
    public static string Note(DateOnly asOf, string dataVersion, bool suppressed) =>
        $"数据截至{PeriodPhrase.Date(asOf)} · 数据版本 {dataVersion}" + (suppressed ? " · " + Disclosure.Footnote : "");

    public static byte[] Write(IReadOnlyList<Sheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var styles = new ExcelStyles();
            var list = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheets[i], styles);
                list.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = SheetName(sheets[i].Table.Caption, i + 1), SheetId = (uint)(i + 1), Id = workbook.GetIdOfPart(part) });
            }
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Stylesheet();
            workbook.Workbook = new Workbook(list);
        }
        return stream.ToArray();
    }

    private static Worksheet Worksheet(Sheet sheet, ExcelStyles styles)
    {
        var table = sheet.Table;
        var data = new SheetData();
        data.Append(new Row(table.Headers.Select((h, c) => Text(c, 1, h, styles.Header))) { RowIndex = 1 });
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var index = (uint)(r + 2);
            data.Append(new Row(table.Rows[r].Select((cell, c) => Cell(c, index, cell, styles)).OfType<Cell>()) { RowIndex = index });
        }
        var noteRow = (uint)(table.Rows.Count + 3);
        var note = string.IsNullOrEmpty(table.Caption) ? sheet.Note : $"{table.Caption} · {sheet.Note}";
        data.Append(new Row(Text(0, noteRow, note, styles.Note)) { RowIndex = noteRow });
        var columns = new Columns(table.Headers.Select((h, c) => new Column
        {
            Min = (uint)(c + 1), Max = (uint)(c + 1), CustomWidth = true,
            Width = Math.Clamp(new[] { h }.Concat(table.Rows.Select(r => c < r.Count ? r[c] : null)).Max(t => TextWidth.Of(t ?? "")) + 3, 8, 60),
        }));
        // The header row stays in view while the rows scroll.
        var view = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0, TabSelected = false });
        return new Worksheet(view, columns, data);
    }

    private static Cell? Cell(int column, uint row, string? text, ExcelStyles styles)
    {
        if (text is null || text == FigureFormat.Missing || text.Length == 0) return null;
        if (CellValue.Parse(text) is { } number)
            return new Cell
            {
                CellReference = Reference(column, row), DataType = CellValues.Number, StyleIndex = styles.Number(number.Format),
                CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(number.Number.ToString(CultureInfo.InvariantCulture)),
            };
        return Text(column, row, text, "=+-@\t\r".Contains(text[0]) ? styles.Quoted : 0);
    }

    /// <summary>A string cell (an inline string: never a formula).</summary>
    private static Cell Text(int column, uint row, string text, uint style) => new(new InlineString(new Text(WordDocument.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = Reference(column, row), DataType = CellValues.InlineString, StyleIndex = style,
    };

    private static string Reference(int column, uint row)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26) name = (char)('A' + (c - 1) % 26) + name;
        return name + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>"表1 各地区新签约…": at most 31 characters, without the characters a sheet name may not hold; the number keeps it unique.</summary>
    private static string SheetName(string caption, int number)
    {
        var clean = new string(WordDocument.Clean(caption).Where(c => "[]:*?/\\'".IndexOf(c) < 0).ToArray()).Trim();
        var name = $"表{number} {clean}".Trim();
        return name.Length > 31 ? name[..31] : name;
    }
}
