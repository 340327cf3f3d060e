using System.Globalization;
using System.Text;

namespace Analytics.Charts.Text;

/// <summary>
/// Makes ledger text fit a width: cleans it, shortens it with an ellipsis, or wraps it onto lines
/// with Chinese line-breaking rules (no line starts with closing punctuation or ends with opening).
/// </summary>
internal static class TextFit
{
    private const string Ellipsis = "…";
    private const string NoLineStart = "，。、；：？！）》」』】〕〉”’…%‰·,.;:?!)]}";
    private const string NoLineEnd = "（《「『【〔〈“‘([{";

    /// <summary>
    /// Text safe to draw: control characters and unpaired surrogates dropped (XML cannot hold them),
    /// runs of white space folded to one space, ends trimmed. Null becomes "".
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                Flush(sb, ref space);
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') continue;
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (char.IsControl(c)) continue;
            Flush(sb, ref space);
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static void Flush(StringBuilder sb, ref bool space)
    {
        if (space) sb.Append(' ');
        space = false;
    }

    /// <summary>The text, or as much of it as fits <paramref name="maxWidth"/> followed by "…".</summary>
    public static string Shorten(string text, TextStyle style, double maxWidth)
    {
        if (style.Measure(text) <= maxWidth) return text;
        var elements = Elements(text);
        var keep = elements.Count;
        while (keep > 0 && style.Measure(Join(elements, 0, keep).TrimEnd() + Ellipsis) > maxWidth) keep--;
        return keep == 0 ? (style.Measure(Ellipsis) <= maxWidth ? Ellipsis : "") : Join(elements, 0, keep).TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// Lines of at most <paramref name="maxWidth"/> px, at most <paramref name="maxLines"/> of them;
    /// what does not fit ends the last line with "…". Chinese breaks between any two characters,
    /// Latin words and numbers only at spaces unless a word is longer than a line. Lines are
    /// balanced: the narrowest width that still takes the same number of lines is used, so a
    /// wrapped name never leaves one character alone on its second line.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, TextStyle style, double maxWidth, int maxLines)
    {
        if (text.Length == 0) return [];
        if (style.Measure(text) <= maxWidth || maxLines <= 1) return [Shorten(text, style, maxWidth)];
        var elements = Elements(text);
        var (lines, truncated) = Greedy(elements, style, maxWidth, maxLines);
        if (truncated || lines.Count < 2) return lines;
        double lo = style.Measure(text) / lines.Count, hi = maxWidth;
        for (var i = 0; i < 12 && hi - lo > 0.5; i++)
        {
            var mid = (lo + hi) / 2;
            var (trial, cut) = Greedy(elements, style, mid, maxLines);
            if (cut || trial.Count > lines.Count) lo = mid;
            else hi = mid;
        }
        return Greedy(elements, style, hi, maxLines).Lines;
    }

    private static (List<string> Lines, bool Truncated) Greedy(List<string> elements, TextStyle style, double maxWidth,
        int maxLines)
    {
        var lines = new List<string>();
        var start = 0;
        var truncated = false;
        while (start < elements.Count && lines.Count < maxLines - 1)
        {
            var end = LongestFit(elements, start, style, maxWidth);
            if (end == elements.Count) break;
            end = BreakBefore(elements, start, end);
            var line = Join(elements, start, end - start).Trim();
            var fitted = Shorten(line, style, maxWidth);
            truncated |= fitted != line;
            lines.Add(fitted);
            start = end;
            while (start < elements.Count && elements[start] == " ") start++;
        }
        if (start < elements.Count)
        {
            var rest = Join(elements, start, elements.Count - start).Trim();
            var fitted = Shorten(rest, style, maxWidth);
            truncated |= fitted != rest;
            lines.Add(fitted);
        }
        return (lines, truncated);
    }

    /// <summary>Grapheme clusters, with Latin letters and digits kept together as words.</summary>
    private static List<string> Elements(string text)
    {
        var result = new List<string>();
        var word = new StringBuilder();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            if (IsWordPart(element)) { word.Append(element); continue; }
            if (word.Length > 0) { result.Add(word.ToString()); word.Clear(); }
            result.Add(element);
        }
        if (word.Length > 0) result.Add(word.ToString());
        return result;
    }

    private static bool IsWordPart(string element) =>
        element.Length == 1 && element[0] < 0x2E80 && !char.IsWhiteSpace(element[0]) && element[0] != '-' && element[0] != '/';

    private static int LongestFit(List<string> elements, int start, TextStyle style, double maxWidth)
    {
        double width = 0;
        var end = start;
        while (end < elements.Count)
        {
            var w = style.Measure(elements[end]);
            if (width + w > maxWidth) break;
            width += w;
            end++;
        }
        if (end == start) return start + 1; // a word wider than the line stands alone and is shortened later
        return end;
    }

    /// <summary>Moves a break back so no line starts with closing or ends with opening punctuation.</summary>
    private static int BreakBefore(List<string> elements, int start, int end)
    {
        var candidate = end;
        while (candidate > start + 1 &&
               (NoLineStart.Contains(elements[candidate][0]) || NoLineEnd.Contains(elements[candidate - 1][^1])))
            candidate--;
        return candidate;
    }

    private static string Join(List<string> elements, int start, int count) =>
        string.Concat(elements.GetRange(start, count));
}
