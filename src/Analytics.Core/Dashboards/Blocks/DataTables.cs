using System.Text;
using Analytics.Charts.Tables;
using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Dashboards.Rendering;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>A block's data table (<see cref="ChartTable"/>) as HTML, as aligned plain text, and as CSV.</summary>
internal static class DataTables
{
    /// <summary>
    /// The table as HTML: caption, headers, the first column as row headers, numbers right-aligned; a null cell is —.
    /// Region names in <paramref name="regionColumn"/> link to their page for internal viewers.
    /// </summary>
    public static void Html(HtmlBuilder html, BlockContext context, ChartTable table, string css, int? regionColumn = null,
        Func<int, int, string?>? cellClass = null)
    {
        html.Open("table", css).Open("caption", "caption").Text(table.Caption).Close("caption").Line();
        html.Open("thead").Open("tr");
        foreach (var header in table.Headers) html.Open("th", "head", ("scope", "col")).Text(header).Close("th");
        html.Close("tr").Close("thead").Line().Open("tbody").Line();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            html.Open("tr");
            for (var c = 0; c < row.Count; c++)
            {
                var text = row[c] ?? FigureFormat.Missing;
                var css2 = cellClass?.Invoke(r, c) ?? (c == regionColumn ? "cell region" : c == 0 || IsText(text) ? "cell" : "num");
                html.Open(c == 0 ? "th" : "td", css2, ("scope", c == 0 ? "row" : null));
                if (c == regionColumn && row[c] is { } region) context.RegionName(html, region);
                else html.Text(text);
                html.Close(c == 0 ? "th" : "td");
            }
            html.Close("tr").Line();
        }
        html.Close("tbody").Close("table").Line();
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

    /// <summary>
    /// The table as CSV (RFC 4180, CRLF, header row first); an empty cell has no value or is withheld. A text cell
    /// starting with = + - @ is prefixed with ' so a spreadsheet never runs it.
    /// </summary>
    public static string Csv(ChartTable table)
    {
        var csv = new StringBuilder();
        void Row(IEnumerable<string?> cells) => csv.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        Row(table.Headers);
        foreach (var row in table.Rows) Row(row.Select(c => c == FigureFormat.Missing ? "" : c));
        return csv.ToString();
    }

    private static string Quote(string? cell)
    {
        var text = cell ?? "";
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0]) && !decimal.TryParse(text.TrimEnd('%'), System.Globalization.NumberStyles.Number,
                System.Globalization.CultureInfo.InvariantCulture, out _))
            text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    private static bool IsText(string cell)
    {
        var trimmed = cell.TrimStart('-', '+', '−', '↑', '↓');
        return trimmed.Length > 0 && cell != FigureFormat.Missing && !char.IsDigit(trimmed[0]);
    }
}
