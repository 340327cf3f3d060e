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
    /// letters and digits folded to ASCII (<c>ＡＢＣ</c> → <c>ABC</c>) and invisible characters (zero-width
    /// spaces and joiners, word joiner, soft hyphen, byte order mark) removed, so that names that look the
    /// same are the same. Chinese punctuation (<c>（香港）</c>, <c>·</c>) is kept as written: it is how
    /// such names are spelt, and folding it would rewrite nearly every company name of a ledger.
    /// </summary>
    public static string Name(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange(' ', '~')) return text;
        if (text.AsSpan().IndexOfAny(Foldable) < 0) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Invisible.Contains(c)) continue;
            builder.Append(c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' ? (char)(c - 0xFEE0) : c);
        }
        return builder.ToString().Trim();
    }

    private static readonly System.Buffers.SearchValues<char> Foldable = System.Buffers.SearchValues.Create(
        "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u180E０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ");

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
