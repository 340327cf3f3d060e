namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>Tells whether a number format shows a date or time, which is how a date cell differs from a number cell.</summary>
internal static class DateFormats
{
    /// <summary>
    /// Built-in formats that are dates or times: 14–22 and 45–47 everywhere, and 27–36 and 50–58,
    /// which Chinese, Japanese and Korean Excel use for its local date formats (e.g. <c>yyyy"年"m"月"d"日"</c>).
    /// </summary>
    public static bool IsBuiltInDate(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>
    /// Whether a custom format code holds a date or time part (y, m, d, h, s) outside quoted text,
    /// brackets (colours, locales, conditions), escapes and padding.
    /// </summary>
    public static bool IsDateCode(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    if (close < 0) return false;
                    i = close;
                    break;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    if (end < 0) return false;
                    i = end;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }
        return false;
    }
}
