namespace Analytics.Core.Documents;

/// <summary>The width of text on a terminal or in a monospaced file: East Asian wide and full-width characters count two columns.</summary>
public static class TextWidth
{
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += IsWide(rune.Value) ? 2 : 1;
        return width;
    }

    /// <summary><paramref name="text"/> padded with spaces to <paramref name="width"/> columns, on the right (left-aligned) or on the left.</summary>
    public static string Pad(string text, int width, bool right = false)
    {
        var fill = new string(' ', Math.Max(0, width - Of(text)));
        return right ? fill + text : text + fill;
    }

    // The wide ranges of Unicode's East Asian Width property (W and F) that Chinese text uses.
    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xA000 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;
}
