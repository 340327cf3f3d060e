using System.Text;
using Analytics.Charts.Tables;
using Analytics.Core.Dashboards;
using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Dashboards.Outline;

namespace Analytics.Core.Documents;

/// <summary>
/// A rendered page as readable plain text: the title underlined, section headings in 【】, paragraphs, and tables as
/// aligned columns (East Asian characters count two columns; numbers right-aligned), then the data version and date.
/// </summary>
public static class TextDocument
{
    public static string Write(RenderedPage page)
    {
        if (page.Parts.Count == 0) return page.Text;
        var text = new StringBuilder();
        foreach (var part in page.Parts)
        {
            switch (part)
            {
                case HeadingPart { Level: <= 1 } title:
                    text.Append(title.Text).Append('\n').Append(new string('=', Math.Max(4, TextWidth.Of(title.Text)))).Append("\n\n");
                    break;
                case HeadingPart heading:
                    text.Append('【').Append(heading.Text).Append("】\n\n");
                    break;
                case ParagraphPart paragraph:
                    text.Append(paragraph.Text).Append("\n\n");
                    break;
                case TablePart table:
                    Table(text, table.Table, "");
                    break;
                case ChartPart chart:
                    Table(text, chart.Table, "【图表】");
                    break;
            }
        }
        if (page.HasSuppressed) text.Append(Disclosure.Footnote).Append("\n\n");
        text.Append($"数据版本 {page.DataVersion} · 截至 {page.AsOf:yyyy-MM-dd}\n");
        return text.ToString();
    }

    /// <summary>The table's caption, then its header and rows in columns two spaces apart.</summary>
    public static void Table(StringBuilder text, ChartTable table, string prefix)
    {
        if (table.Caption.Length > 0 || prefix.Length > 0) text.Append(prefix).Append(table.Caption).Append('\n');
        var rows = table.Rows.Select(r => r.Select(c => c ?? FigureFormat.Missing).ToList()).Prepend(table.Headers.ToList()).ToList();
        var columns = rows.Max(r => r.Count);
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Count ? TextWidth.Of(r[c]) : 0)).ToList();
        var numeric = Enumerable.Range(0, columns).Select(c => c > 0 && rows.Skip(1).All(r => c >= r.Count || r[c] == FigureFormat.Missing || CellValue.IsNumeric(r[c]))).ToList();
        foreach (var row in rows)
            text.Append(string.Join("  ", row.Select((cell, c) => TextWidth.Pad(cell, widths[c], numeric[c]))).TrimEnd()).Append('\n');
        text.Append('\n');
    }
}
