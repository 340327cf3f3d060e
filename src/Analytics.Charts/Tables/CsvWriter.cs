using System.Text;

namespace Analytics.Charts.Tables;

/// <summary>
/// Writes a <see cref="ChartTable"/> as CSV (RFC 4180, CRLF line ends). A text cell beginning
/// with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula; numbers stay numbers, written
/// without thousands separators and with an ASCII minus.
/// </summary>
internal static class CsvWriter
{
    public static string Write(ChartTable table)
    {
        var sb = new StringBuilder();
        WriteRow(sb, table.Headers);
        foreach (var row in table.Rows) WriteRow(sb, row);
        return sb.ToString();
    }

    private static void WriteRow(StringBuilder sb, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(Quote(Guard(cells[i] ?? "")));
        }
        sb.Append("\r\n");
    }

    /// <summary>
    /// A number is written plain for a spreadsheet to read ("1,447.0" → 1447.0, "−2.3" → -2.3); a text cell that a
    /// spreadsheet would run as a formula gets a leading '.
    /// </summary>
    private static string Guard(string cell)
    {
        var plain = cell.StartsWith('−') ? "-" + cell[1..] : cell;
        if (IsNumber(plain)) return plain.Replace(",", "", StringComparison.Ordinal);
        if (cell.Length == 0 || "=+-@\t\r".IndexOf(cell[0]) < 0) return cell;
        return "'" + cell;
    }

    private static bool IsNumber(string cell) =>
        decimal.TryParse(cell.TrimEnd('%'), System.Globalization.NumberStyles.Number,
            System.Globalization.CultureInfo.InvariantCulture, out _);

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
