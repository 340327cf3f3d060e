using System.Net;
using System.Text;

namespace Analytics.Charts.Tables;

/// <summary>Writes a <see cref="ChartTable"/> as an HTML table; every cell is HTML-encoded.</summary>
internal static class HtmlTableWriter
{
    public static string Write(ChartTable table)
    {
        var sb = new StringBuilder();
        sb.Append("<table class=\"chart-data\">\n<caption>").Append(Encode(table.Caption)).Append("</caption>\n");
        sb.Append("<thead><tr>");
        foreach (var header in table.Headers)
            sb.Append("<th scope=\"col\">").Append(Encode(header)).Append("</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                // The first column names the row; numbers align right for comparison.
                if (i == 0) sb.Append("<th scope=\"row\">").Append(Encode(row[i] ?? "—")).Append("</th>");
                else sb.Append("<td class=\"num\">").Append(Encode(row[i] ?? "—")).Append("</td>");
            }
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>\n");
        return sb.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
