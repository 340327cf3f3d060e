using System.Globalization;

namespace Analytics.Core.Documents;

/// <summary>
/// A table cell's text read back as a number, as the tables write them (1,447.0 · 14.4% · +233 · −15), with the
/// spreadsheet number format that shows it the same way. Anything else is text.
/// </summary>
public readonly record struct CellValue(decimal Number, string Format)
{
    public static bool IsNumeric(string cell) => Parse(cell) is not null;

    public static CellValue? Parse(string? cell)
    {
        if (cell is null) return null;
        var text = cell.Trim().Replace('−', '-');
        var percent = text.EndsWith('%');
        if (percent) text = text[..^1];
        if (text.Length == 0 || !(char.IsDigit(text[^1]))) return null;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return null;
        var dot = text.IndexOf('.');
        var decimals = dot < 0 ? 0 : text.Length - dot - 1;
        var pattern = (text.Contains(',') || Math.Abs(value) >= 1000 ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : "");
        return percent ? new CellValue(value / 100, pattern + "%") : new CellValue(value, pattern);
    }
}
