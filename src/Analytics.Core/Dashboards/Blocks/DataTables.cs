using System.Text;
using Analytics.Charts;
using Analytics.Charts.Tables;
using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Dashboards.Rendering;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>A block's data table (<see cref="ChartTable"/>) as HTML, as aligned plain text, and as CSV.</summary>
internal static class DataTables
{
    /// <summary>
    /// The table as HTML: caption, headers, the first column as row headers; a null cell is —. A column is aligned by its
    /// type (right where every value in it is a number or a date), never by one cell's text, so a name that begins with a
    /// digit stays left. The table sits in a box of its own that scrolls sideways on a narrow screen (the first column stays).
    /// Region names in <paramref name="regionColumn"/> link to their page for internal viewers.
    /// </summary>
    public static void Html(HtmlBuilder html, BlockContext context, ChartTable table, string css, int? regionColumn = null,
        Func<int, int, string?>? cellClass = null)
    {
        var numeric = Enumerable.Range(0, table.Headers.Count).Select(c => c > 0 && c != regionColumn && IsNumericColumn(table, c)).ToArray();
        html.Open("div", "table-scroll");
        html.Open("table", css).Open("caption", "caption").Text(table.Caption).Close("caption").Line();
        html.Open("thead").Open("tr");
        for (var c = 0; c < table.Headers.Count; c++) html.Open("th", numeric[c] ? "head num" : "head", ("scope", "col")).Text(table.Headers[c]).Close("th");
        html.Close("tr").Close("thead").Line().Open("tbody").Line();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            html.Open("tr");
            for (var c = 0; c < row.Count; c++)
            {
                var text = row[c] ?? FigureFormat.Missing;
                var css2 = cellClass?.Invoke(r, c) ?? (c == regionColumn ? "cell region" : c < numeric.Length && numeric[c] ? "num" : "cell");
                html.Open(c == 0 ? "th" : "td", css2, ("scope", c == 0 ? "row" : null));
                if (c == regionColumn && row[c] is { } region) context.RegionName(html, region);
                else html.Text(text);
                html.Close(c == 0 ? "th" : "td");
            }
            html.Close("tr").Line();
        }
        html.Close("tbody").Close("table").Close("div").Line();
    }

    /// <summary>The links to a block's data as CSV and as an Excel workbook, under its table or chart.</summary>
    public static void CsvLink(HtmlBuilder html, BlockContext context, int block) =>
        html.Open("p", "downloads").Link(context.Links.Table(context.Page.Name, block, context.Request), "下载数据（CSV）").Text(" ")
            .Link(context.Links.Table(context.Page.Name, block, context.Request, "xlsx"), "下载表格（Excel）").Close("p").Line();

    /// <summary>The table as text: the caption, then one line a row, cells separated by two spaces.</summary>
    public static string Text(ChartTable table)
    {
        var text = new StringBuilder(table.Caption).Append('\n');
        text.Append(string.Join("  ", table.Headers)).Append('\n');
        foreach (var row in table.Rows) text.Append(string.Join("  ", row.Select(c => c ?? FigureFormat.Missing))).Append('\n');
        return text.ToString();
    }

    /// <summary>The table as CSV (<see cref="Chart.RenderCsv(ChartTable)"/>); a withheld cell (—) is empty.</summary>
    public static string Csv(ChartTable table) =>
        Chart.RenderCsv(table with { Rows = table.Rows.Select(r => (IReadOnlyList<string?>)r.Select(c => c == FigureFormat.Missing ? null : c).ToList()).ToList() });

    /// <summary>A column of numbers, percentages, signed changes or dates (withheld and empty cells aside), with at least one value.</summary>
    private static bool IsNumericColumn(ChartTable table, int column)
    {
        var values = table.Rows.Select(r => column < r.Count ? r[column] : null).Where(v => v is not null && v != FigureFormat.Missing).ToList();
        return values.Count > 0 && values.All(v => IsNumber(v!));
    }

    private static bool IsNumber(string cell)
    {
        var trimmed = cell.Trim().TrimStart('-', '+', '−', '↑', '↓', ' ').TrimEnd('%');
        return decimal.TryParse(trimmed, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)
            || DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
    }
}
