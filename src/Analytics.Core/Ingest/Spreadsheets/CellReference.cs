namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>Parses A1-style references (<c>AB12</c>, <c>$AB$12</c>, <c>A1:C3</c>) without allocating.</summary>
internal static class CellReference
{
    public const int MaxColumns = 16_384;
    public const int MaxRows = 1_048_576;

    /// <summary>Reads a cell reference: <paramref name="column"/> 0-based, <paramref name="row"/> 1-based (0 when the reference has no row digits).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int column, out int row)
    {
        column = -1;
        row = 0;
        var i = 0;
        if (i < text.Length && text[i] == '$') i++;
        var letters = 0;
        var number = 0;
        for (; i < text.Length && letters < 4; i++, letters++)
        {
            var c = (char)(text[i] | 0x20);
            if (c is < 'a' or > 'z') break;
            number = number * 26 + (c - 'a' + 1);
        }
        if (letters == 0 || number > MaxColumns) return false;
        column = number - 1;
        if (i < text.Length && text[i] == '$') i++;
        for (; i < text.Length; i++)
        {
            var d = text[i] - '0';
            if ((uint)d > 9) return false;
            row = row * 10 + d;
            if (row > MaxRows) return false;
        }
        return true;
    }

    /// <summary>Reads a range such as <c>A1:C3</c> (a single cell is a range of one).</summary>
    public static bool TryParseRange(ReadOnlySpan<char> text, out MergedRange range)
    {
        range = default;
        var colon = text.IndexOf(':');
        var first = colon < 0 ? text : text[..colon];
        var last = colon < 0 ? text : text[(colon + 1)..];
        if (!TryParse(first.Trim(), out var c1, out var r1) || !TryParse(last.Trim(), out var c2, out var r2)) return false;
        if (r1 == 0 || r2 == 0) return false;
        range = new MergedRange(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2));
        return true;
    }
}
