using System.Data.Common;
using System.Globalization;

namespace Analytics.Cli;

/// <summary>Prints a result as an aligned text table (East Asian characters count as two columns).</summary>
internal static class TablePrinter
{
    public static void Print(DbDataReader reader, TextWriter output)
    {
        var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Format(reader.GetValue(i))).ToArray());
        var widths = headers.Select((h, i) => rows.Select(r => Width(r[i])).Prepend(Width(h)).Max()).ToArray();
        output.WriteLine(string.Join("  ", headers.Select((h, i) => Pad(h, widths[i]))));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows) output.WriteLine(string.Join("  ", row.Select((v, i) => Pad(v, widths[i]))));
        output.WriteLine($"({rows.Count} 行)");
    }

    private static string Format(object value) => value switch
    {
        DBNull => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        Array a => "[" + string.Join(", ", a.Cast<object?>().Select(v => v is null ? "NULL" : Format(v))) + "]",
        _ => value.ToString() ?? "",
    };

    private static int Width(string text) => text.Sum(c => c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1);

    private static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - Width(text)));
}
