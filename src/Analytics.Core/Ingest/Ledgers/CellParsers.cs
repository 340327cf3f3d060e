using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Ingest.Ledgers;

/// <summary>Reads ledger values out of cells in every form real files use.</summary>
public static partial class CellParsers
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>What a cell shows, for messages: its text, or its number in invariant form.</summary>
    public static string Display(Cell cell) => cell.Kind switch
    {
        CellKind.Text or CellKind.Error => cell.Text,
        CellKind.Empty => "",
        _ => string.IsNullOrEmpty(cell.Text) ? cell.Number.ToString(CultureInfo.InvariantCulture) : cell.Text,
    };

    public static bool IsBlank(Cell cell) => cell.IsEmpty || (cell.Kind == CellKind.Text && HeaderText.Value(cell.Text) is null);

    /// <summary>A text value, trimmed; null when blank.</summary>
    public static string? Text(Cell cell) => cell.Kind switch
    {
        CellKind.Empty => null,
        CellKind.Number or CellKind.DateTime or CellKind.Boolean => string.IsNullOrEmpty(cell.Text) ? cell.Number.ToString(CultureInfo.InvariantCulture) : cell.Text,
        _ => HeaderText.Value(cell.Text),
    };

    /// <summary>A decimal number: numeric cells, or text such as <c>1,234.5</c>, <c>１２３</c>, <c>12.5亿元</c>.</summary>
    public static bool TryNumber(Cell cell, out decimal value)
    {
        value = 0;
        switch (cell.Kind)
        {
            case CellKind.Number:
            case CellKind.DateTime:
                if (double.IsNaN(cell.Number) || double.IsInfinity(cell.Number)) return false;
                value = Math.Round((decimal)cell.Number, 10);
                return true;
            case CellKind.Text:
                var text = HeaderText.Normalise(cell.Text).Replace(",", "").Replace("亿元", "").Replace("万元", "").Replace("元", "");
                return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
            default:
                return false;
        }
    }

    /// <summary>A whole number, e.g. a count or a year.</summary>
    public static bool TryInteger(Cell cell, out int value)
    {
        value = 0;
        if (!TryNumber(cell, out var number) || number != decimal.Truncate(number) || number > int.MaxValue || number < int.MinValue) return false;
        value = (int)number;
        return true;
    }

    /// <summary>A date: an Excel serial (date-formatted, or else in the years 1950 to 2100), or text <c>2021/3/5</c>, <c>2021-03-05</c>, <c>2021年3月5日</c>, <c>2021.3.5</c>, <c>20210305</c>.</summary>
    public static bool TryDate(Cell cell, out DateOnly value)
    {
        value = default;
        switch (cell.Kind)
        {
            case CellKind.DateTime:
                return TrySerial(cell.Number, out value);
            case CellKind.Number:
                return TrySerial(cell.Number, out value) && IsPlausibleSerial(value);
            case CellKind.Text:
                // Spaces are kept: without them "2021-3-5 10:00" would run together into day 51.
                var text = cell.Text.Normalize(NormalizationForm.FormKC).Trim().Trim('\u200B', '\uFEFF');
                if (TryPlainDate(text, out value)) return true;
                var match = DatePattern().Match(text);
                if (match.Success)
                    return TryCreate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out value);
                if (text.Length == 8 && text.All(char.IsAsciiDigit))
                    return TryCreate(text[..4], text[4..6], text[6..], out value);
                if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
                    return TrySerial(serial, out value) && IsPlausibleSerial(value);
                return false;
            default:
                return false;
        }
    }

    /// <summary>A month, as its first day: <c>2021-03</c>, <c>2021/3</c>, <c>2021年3月</c>, <c>2021.03</c>, <c>202103</c>, or any date in it.</summary>
    public static bool TryMonth(Cell cell, out DateOnly value)
    {
        value = default;
        if (cell.Kind == CellKind.Text)
        {
            var text = HeaderText.Normalise(cell.Text);
            if (TryPlainMonth(text, out value)) return true;
            var match = MonthPattern().Match(text);
            if (match.Success && TryCreate(match.Groups["y"].Value, match.Groups["m"].Value, "1", out value)) return true;
            if (text.Length == 6 && text.All(char.IsAsciiDigit) && TryCreate(text[..4], text[4..], "1", out value)) return true;
        }
        if (!TryDate(cell, out var date)) return false;
        value = new DateOnly(date.Year, date.Month, 1);
        return true;
    }

    private static bool TrySerial(double serial, out DateOnly value)
    {
        value = default;
        // Excel's serial 60 is the non-existent 1900-02-29; serials from 61 on count from 1899-12-30.
        if (serial < 61 || serial >= 2958466) return false;
        value = ExcelEpoch.AddDays((int)Math.Floor(serial));
        return true;
    }

    // A bare number is taken for a serial only where it gives a plausible year: 2021 in a date
    // column is a year someone typed, not 1905-07-13.
    private static bool IsPlausibleSerial(DateOnly date) => date.Year is >= 1950 and <= 2100;

    /// <summary>The common shapes <c>2021-03-05</c>, <c>2021/3/5</c>, <c>2021.3.5</c> without the pattern, which costs far more; false leaves the text to it.</summary>
    private static bool TryPlainDate(ReadOnlySpan<char> text, out DateOnly value)
    {
        value = default;
        if (text.Length is < 8 or > 10 || !TryDigits(text[..4], out var year) || !IsSeparator(text[4])) return false;
        var rest = text[5..];
        var separator = rest.IndexOfAny('-', '/', '.');
        return separator is 1 or 2 && TryDigits(rest[..separator], out var month)
            && rest.Length - separator - 1 is 1 or 2 && TryDigits(rest[(separator + 1)..], out var day)
            && TryCreate(year, month, day, out value);
    }

    /// <summary>The common shapes <c>2021-03</c>, <c>2021/3</c>, <c>2021.03</c> without the pattern; false leaves the text to it.</summary>
    private static bool TryPlainMonth(ReadOnlySpan<char> text, out DateOnly value)
    {
        value = default;
        return text.Length is 6 or 7 && TryDigits(text[..4], out var year) && IsSeparator(text[4])
            && TryDigits(text[5..], out var month) && TryCreate(year, month, 1, out value);
    }

    private static bool IsSeparator(char c) => c is '-' or '/' or '.';

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static bool TryCreate(string year, string month, string day, out DateOnly value)
    {
        value = default;
        if (!int.TryParse(year, out var y) || !int.TryParse(month, out var m) || !int.TryParse(day, out var d)) return false;
        return TryCreate(y, m, d, out value);
    }

    private static bool TryCreate(int y, int m, int d, out DateOnly value)
    {
        value = default;
        if (y < 1900 || y > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        value = new DateOnly(y, m, d);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.年])(?<m>\d{1,2})月?$")]
    private static partial Regex MonthPattern();
}
