using Analytics.Charts.Text;

namespace Analytics.Charts.Tests.Text;

/// <summary>
/// The embedded advance widths are those of the installed Noto Sans CJK SC (fonts-noto-cjk).
/// UPDATE_FONT_METRICS=1 rewrites the embedded tables from the installed fonts.
/// </summary>
public sealed class FontMetricsTests
{
    private static readonly string MetricsDirectory = Path.Combine(
        Path.GetDirectoryName(Support.GoldenFiles.Directory)!, "..", "..", "src", "Analytics.Charts", "Text", "Metrics");

    [TestCase(Fonts.RegularFile, 400, "NotoSansCJKsc-Regular.txt")]
    [TestCase(Fonts.BoldFile, 700, "NotoSansCJKsc-Bold.txt")]
    public void Embedded_table_matches_the_installed_font(string fontFile, int weight, string table)
    {
        var font = OpenTypeFont.Load(fontFile, Fonts.Family);
        var text = FontMetricsTable.Write(font, Path.GetFileName(fontFile), weight);
        var path = Path.Combine(MetricsDirectory, table);
        if (Environment.GetEnvironmentVariable("UPDATE_FONT_METRICS") == "1") File.WriteAllText(path, text);
        Assert.That(File.ReadAllText(path), Is.EqualTo(text));
    }

    [Test]
    public void Installed_font_has_the_advances_the_layout_expects()
    {
        var font = OpenTypeFont.Load(Fonts.RegularFile, Fonts.Family);
        Assert.That(font.UnitsPerEm, Is.EqualTo(1000));
        Assert.That((font.Ascender, font.Descender), Is.EqualTo((880, -120)));
        Assert.That(font.Advance('鸠'), Is.EqualTo(1000));
        Assert.That(font.Advance('0'), Is.EqualTo(555));
        Assert.That(font.Advance(','), Is.EqualTo(278));
        Assert.That(font.Advance('%'), Is.EqualTo(921));
    }

    [Test]
    public void Ideographs_measure_one_em_each() =>
        Assert.That(Fonts.Regular.Measure("鸠江区", 12), Is.EqualTo(36).Within(1e-9));

    [Test]
    public void Latin_digits_are_narrower_than_ideographs_and_bold_is_wider() =>
        // "1,447.0": five digits of 555, comma and point of 278, at 12 px.
        Assert.Multiple(() =>
        {
            Assert.That(Fonts.Regular.Measure("1,447.0", 12), Is.EqualTo((5 * 555 + 2 * 278) * 12 / 1000.0).Within(1e-9));
            Assert.That(Fonts.Bold.Measure("1,447.0", 12), Is.EqualTo((5 * 590 + 2 * 325) * 12 / 1000.0).Within(1e-9));
        });

    [Test]
    public void A_character_the_font_lacks_counts_as_one_em() =>
        Assert.That(Fonts.Regular.Measure("\U0001F600", 10), Is.EqualTo(10).Within(1e-9));
}
