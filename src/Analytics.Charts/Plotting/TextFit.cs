using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Analytics.Charts.Plotting;

/// <summary>Measures text in the chart typeface and makes it fit a width: shortened with "…" or wrapped.</summary>
internal static class TextFit
{
    /// <summary>Width in px at 1× of <paramref name="text"/> (its widest line).</summary>
    public static float Width(string text, float size = ChartTheme.TextSize, bool bold = false)
    {
        var font = Font(size, bold);
        var widest = 0f;
        foreach (var line in text.Split('\n'))
            widest = Math.Max(widest, font.MeasureText(line));
        return widest;
    }

    /// <summary>The distance between two lines in px at 1×.</summary>
    public static float LineHeight(float size = ChartTheme.TextSize, bool bold = false)
    {
        return Font(size, bold).GetFontMetrics(out _);
    }

    /// <summary><paramref name="text"/>, or as much of it as fits <paramref name="width"/> followed by "…".</summary>
    public static string Shorten(string text, float width, float size = ChartTheme.TextSize, bool bold = false)
    {
        if (Width(text, size, bold) <= width) return text;
        var elements = Elements(text);
        for (var keep = elements.Count - 1; keep > 0; keep--)
        {
            var candidate = string.Concat(elements.Take(keep)).TrimEnd() + "…";
            if (Width(candidate, size, bold) <= width) return candidate;
        }
        return "…";
    }

    /// <summary>
    /// <paramref name="text"/> broken into lines of at most <paramref name="width"/> (between any two
    /// Chinese characters, or at spaces), at most <paramref name="maxLines"/> lines, the last shortened.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, float width, int maxLines, float size = ChartTheme.TextSize, bool bold = false)
    {
        var lines = new List<string>();
        var rest = Elements(text);
        while (rest.Count > 0 && lines.Count < maxLines)
        {
            if (lines.Count == maxLines - 1)
            {
                lines.Add(Shorten(string.Concat(rest), width, size, bold));
                break;
            }
            var take = rest.Count;
            while (take > 1 && Width(string.Concat(rest.Take(take)), size, bold) > width) take--;
            // Prefer a break after a space or punctuation when one is near the end of the line.
            var soft = Enumerable.Range(1, take).Reverse().Take(6).FirstOrDefault(i => i < rest.Count && IsBreakAfter(rest[i - 1]));
            if (take < rest.Count && soft > 0) take = soft;
            lines.Add(string.Concat(rest.Take(take)).Trim());
            rest = rest.Skip(take).ToList();
        }
        return lines;
    }

    /// <summary>
    /// Text safe to draw: control characters and unpaired surrogates dropped, runs of white space
    /// folded to one space, ends trimmed. Null becomes "".
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
                if (space) sb.Append(' ');
                space = false;
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') continue;
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (char.IsControl(c)) continue;
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsBreakAfter(string element) => element is " " or "，" or "、" or "。" or "；" or "：" or "）" or "/";

    private static List<string> Elements(string text)
    {
        var result = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text.Normalize(NormalizationForm.FormC));
        while (e.MoveNext()) result.Add(e.GetTextElement());
        return result;
    }

    /// <summary>Fonts for measuring, kept per thread (a font is not shared between threads) and per size and weight.</summary>
    [ThreadStatic]
    private static Dictionary<(float, bool), SKFont>? fonts;

    private static SKFont Font(float size, bool bold)
    {
        fonts ??= [];
        if (!fonts.TryGetValue((size, bold), out var font))
            fonts[(size, bold)] = font = new SKFont(bold ? ChartTheme.Bold : ChartTheme.Regular, size) { Subpixel = true };
        return font;
    }
}
