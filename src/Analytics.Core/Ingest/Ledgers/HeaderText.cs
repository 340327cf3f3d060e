using System.Text;

namespace Analytics.Core.Ingest.Ledgers;

/// <summary>Header and value text as it compares: trimmed, full-width folded to ASCII (NFKC), no inner spaces.</summary>
public static class HeaderText
{
    public static string Normalise(string text)
    {
        // Most values (ids, dates, amounts) are printable ASCII without spaces, which NFKC leaves as they are.
        if (!text.AsSpan().ContainsAnyExceptInRange('!', '~')) return text;
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF') builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// A name (region, industry chain, fund source, investor…) as it compares and is stored: full-width
    /// letters, digits and compatibility forms folded (NFKC) and invisible characters (zero-width
    /// spaces and joiners, word joiner, soft hyphen, byte order mark) removed, so that names that look
    /// the same are the same.
    /// </summary>
    public static string Name(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange(' ', '~')) return text;
        var folded = text.Normalize(NormalizationForm.FormKC);
        if (folded.AsSpan().IndexOfAny(Invisible) < 0) return folded;
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (!Invisible.Contains(c)) builder.Append(c);
        return builder.ToString().Trim();
    }

    private static readonly System.Buffers.SearchValues<char> Invisible =
        System.Buffers.SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF\u00AD\u180E");

    /// <summary>Splits a unit in parentheses off a normalised header: <c>协议总投资(万元)</c> → (<c>协议总投资</c>, <c>万元</c>).</summary>
    public static (string Name, string? Unit) SplitUnit(string normalised)
    {
        var open = normalised.LastIndexOf('(');
        if (open > 0 && normalised.EndsWith(')'))
            return (normalised[..open], normalised[(open + 1)..^1]);
        return (normalised, null);
    }

    /// <summary>Cell text trimmed and with full-width letters, digits and punctuation folded; null when blank.</summary>
    public static string? Value(string text)
    {
        // Nothing to trim in most cells: give the text back without copying it twice.
        if (text.Length > 0 && !IsTrimmed(text[0]) && !IsTrimmed(text[^1])) return text;
        var trimmed = text.Trim().Trim('\u3000', '\u200B', '\uFEFF');
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static bool IsTrimmed(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';
}
