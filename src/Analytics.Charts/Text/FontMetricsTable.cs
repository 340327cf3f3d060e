using System.Globalization;
using System.Text;

namespace Analytics.Charts.Text;

/// <summary>
/// The text form of a face's advance widths, as embedded in this library: a short header, then one
/// line per run of consecutive code points sharing an advance (<c>start-hex count advance</c>).
/// Derived from the installed font by <see cref="Write"/>; a test checks it still matches the font.
/// </summary>
internal static class FontMetricsTable
{
    /// <summary>Writes the table of <paramref name="font"/>, with <paramref name="source"/> named in the header.</summary>
    public static string Write(OpenTypeFont font, string source, int weight)
    {
        var sb = new StringBuilder();
        sb.Append("# Advance widths of ").Append(font.Family).Append(" (weight ").Append(weight)
          .Append(") read from the cmap and hmtx tables of ").Append(source).Append('\n');
        sb.Append("# Lines: first code point (hex), number of consecutive code points, advance in font units.\n");
        sb.Append("family ").Append(font.Family).Append('\n');
        sb.Append("weight ").Append(weight.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("unitsPerEm ").Append(font.UnitsPerEm.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("ascender ").Append(font.Ascender.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("descender ").Append(font.Descender.ToString(CultureInfo.InvariantCulture)).Append('\n');
        int start = -1, count = 0, advance = -1;
        foreach (var cp in font.CodePoints)
        {
            var a = font.Advance(cp)!.Value;
            if (cp == start + count && a == advance)
            {
                count++;
                continue;
            }
            if (count > 0) AppendRun(sb, start, count, advance);
            (start, count, advance) = (cp, 1, a);
        }
        if (count > 0) AppendRun(sb, start, count, advance);
        return sb.ToString();
    }

    private static void AppendRun(StringBuilder sb, int start, int count, int advance) =>
        sb.Append(start.ToString("X", CultureInfo.InvariantCulture)).Append(' ')
          .Append(count.ToString(CultureInfo.InvariantCulture)).Append(' ')
          .Append(advance.ToString(CultureInfo.InvariantCulture)).Append('\n');

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static FontMetrics Read(string text)
    {
        string family = "";
        int unitsPerEm = 1000, ascender = 880, descender = -120;
        var runs = new List<(int Start, int Count, int Advance)>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var space = line.IndexOf(' ');
            var key = line[..space];
            var rest = line[(space + 1)..];
            switch (key)
            {
                case "family": family = rest; break;
                case "weight": break;
                case "unitsPerEm": unitsPerEm = Int(rest); break;
                case "ascender": ascender = Int(rest); break;
                case "descender": descender = Int(rest); break;
                default:
                    var parts = line.Split(' ');
                    runs.Add((int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                        Int(parts[1]), Int(parts[2])));
                    break;
            }
        }
        return new FontMetrics(family, unitsPerEm, ascender, descender, runs);
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
