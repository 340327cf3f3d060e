using System.Globalization;
using Analytics.Charts.Plotting;
using Analytics.Charts.Tests.Support;
using SkiaSharp;

namespace Analytics.Charts.Tests.Plotting;

/// <summary>
/// Every text of every chart is drawn in Noto Sans CJK SC, and that typeface has a glyph for each of
/// its characters: without per-glyph fallback a missing one would be drawn as a box.
/// </summary>
public sealed class GlyphCoverageTests
{
    private static IEnumerable<TestCaseData> Cases() => Rendered.Cases();

    [TestCaseSource(nameof(Cases))]
    public void Every_character_has_a_glyph_in_the_chart_typeface(string name)
    {
        foreach (var text in Rendered.LaidOut(name).Log.Drawn)
        {
            Assert.That(text.Typeface, Is.EqualTo("Noto Sans CJK SC"), $"「{text.Text}」");
            Assert.That(Missing(text.Text), Is.Empty, $"「{text.Text}」 has characters the typeface lacks");
        }
    }

    [Test]
    public void The_check_finds_a_character_the_typeface_lacks() =>
        Assert.That(Missing("鸠江区𝄞"), Is.EqualTo(new[] { "𝄞" }));

    [Test]
    public void Rare_place_names_are_covered() => Assert.That(Missing("猇亭区 秭归县 虢亭镇 ● ▲ ◆ — … ，%"), Is.Empty);

    [Test]
    public void Rendering_leaves_ScottPlots_process_wide_font_alone()
    {
        var before = (ScottPlot.Fonts.Default, ScottPlot.Fonts.DefaultFontStyle);
        Chart.RenderPng(Golden.GoldenCases.Spec("bar-regions"), 1);
        Assert.That((ScottPlot.Fonts.Default, ScottPlot.Fonts.DefaultFontStyle), Is.EqualTo(before));
        Assert.That(new ScottPlot.LabelStyle().Font, Is.Null, "a new label keeps ScottPlot's own default");
    }

    /// <summary>The text elements of <paramref name="text"/> without a glyph in the chart typeface (line breaks aside).</summary>
    private static List<string> Missing(string text)
    {
        var missing = new List<string>();
        using var font = new SKFont(ChartTheme.Regular);
        var e = StringInfo.GetTextElementEnumerator(text.Replace("\n", ""));
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            var glyphs = font.GetGlyphs(element);
            if (glyphs.Length == 0 || glyphs.Any(g => g == 0)) missing.Add(element);
        }
        return missing;
    }
}
