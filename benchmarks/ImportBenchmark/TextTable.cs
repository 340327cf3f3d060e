using System.Text;

namespace ImportBenchmark;

/// <summary>A plain-text table with aligned columns; Chinese characters count as two columns wide, as terminals show them.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]?> rows = [];

    public void Add(params string[] cells) => rows.Add(cells);

    /// <summary>A horizontal rule between groups of rows.</summary>
    public void AddRule() => rows.Add(null);

    public void Write(TextWriter output)
    {
        var widths = headers.Select(Width).ToArray();
        foreach (var row in rows.OfType<string[]>())
            for (var i = 0; i < row.Length; i++) widths[i] = Math.Max(widths[i], Width(row[i]));
        var rule = string.Join("  ", widths.Select(w => new string('-', w)));
        output.WriteLine(Line(headers, widths));
        output.WriteLine(rule);
        foreach (var row in rows) output.WriteLine(row is null ? rule : Line(row, widths));
    }

    private static string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) line.Append("  ");
            var padding = new string(' ', widths[i] - Width(cells[i]));
            // The first column (names) is left-aligned, figures right-aligned.
            line.Append(i == 0 ? cells[i] + padding : padding + cells[i]);
        }
        return line.ToString().TrimEnd();
    }

    private static int Width(string text) => text.Sum(c => c >= '\u1100' && !(c >= '\u2000' && c < '\u2E80') ? 2 : 1);
}
