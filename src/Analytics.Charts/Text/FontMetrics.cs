using System.Text;

namespace Analytics.Charts.Text;

/// <summary>
/// Advance widths of one face, for measuring a label before it is drawn. Widths come from the font's
/// own tables (see <see cref="FontMetricsTable"/>), without kerning: pango's kerning only narrows
/// Latin pairs, so a measured width is never short of the drawn one.
/// </summary>
internal sealed class FontMetrics
{
    // A code point the face has no glyph for is drawn from a fallback font; a full em covers it.
    private const ushort Missing = 0;
    private readonly ushort[] _bmp = new ushort[0x10000];
    private readonly (int Start, int Count, int Advance)[] _supplementary;

    internal FontMetrics(string family, int unitsPerEm, int ascender, int descender,
        IReadOnlyList<(int Start, int Count, int Advance)> runs)
    {
        Family = family;
        UnitsPerEm = unitsPerEm;
        Ascender = (double)ascender / unitsPerEm;
        Descender = (double)-descender / unitsPerEm;
        var supplementary = new List<(int, int, int)>();
        foreach (var run in runs)
        {
            if (run.Start + run.Count <= 0x10000)
                for (var cp = run.Start; cp < run.Start + run.Count; cp++)
                    _bmp[cp] = (ushort)Math.Max(1, run.Advance);
            else
                supplementary.Add(run);
        }
        _supplementary = supplementary.ToArray();
    }

    /// <summary>Family name the table was read from.</summary>
    public string Family { get; }

    /// <summary>Font units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>Ascender above the baseline, in em.</summary>
    public double Ascender { get; }

    /// <summary>Descender below the baseline, in em (positive).</summary>
    public double Descender { get; }

    /// <summary>Advance of one code point, in em.</summary>
    public double AdvanceEm(int codePoint)
    {
        int units;
        if (codePoint < 0x10000) units = _bmp[codePoint];
        else units = FindSupplementary(codePoint);
        return (units == Missing ? UnitsPerEm : units) / (double)UnitsPerEm;
    }

    /// <summary>Width of <paramref name="text"/> drawn at <paramref name="size"/> px, in px.</summary>
    public double Measure(string text, double size)
    {
        long units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var cp = rune.Value;
            int u = cp < 0x10000 ? _bmp[cp] : FindSupplementary(cp);
            units += u == Missing ? UnitsPerEm : u;
        }
        return units * size / UnitsPerEm;
    }

    private int FindSupplementary(int codePoint)
    {
        int lo = 0, hi = _supplementary.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var run = _supplementary[mid];
            if (codePoint < run.Start) hi = mid - 1;
            else if (codePoint >= run.Start + run.Count) lo = mid + 1;
            else return run.Advance;
        }
        return Missing;
    }

    /// <summary>Reads an embedded table by resource file name.</summary>
    internal static FontMetrics FromResource(string name)
    {
        var assembly = typeof(FontMetrics).Assembly;
        using var stream = assembly.GetManifestResourceStream("Analytics.Charts.Text.Metrics." + name)
            ?? throw new InvalidOperationException($"Missing embedded font metrics '{name}'.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return FontMetricsTable.Read(reader.ReadToEnd());
    }
}
