using Analytics.Charts.Raster;
using Analytics.Charts.Tests.Golden;
using Analytics.Charts.Tests.Png;
using Analytics.Charts.Text;

namespace Analytics.Charts.Tests.Raster;

public sealed class SvgTextSplitterTests
{
    private const string Head = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\" font-family=\"'Noto Sans CJK SC',sans-serif\">";

    [Test]
    public void A_chart_of_this_library_gives_up_all_its_text_as_runs()
    {
        var svg = Chart.RenderSvg(GoldenCases.Spec("line-cumulative"));
        var split = SvgTextSplitter.Split(svg);
        Assert.That(split, Is.Not.Null);
        var (shapes, runs, family) = split!.Value;
        Assert.That(shapes, Does.Not.Contain("<text"));
        Assert.That(runs, Has.Count.EqualTo(System.Text.RegularExpressions.Regex.Matches(svg, "<text ").Count));
        Assert.That(family, Is.EqualTo("Noto Sans CJK SC,Source Han Sans SC,PingFang SC,Microsoft YaHei,sans-serif"));
        var target = runs.Single(r => r.Text == "年度目标 1,600.0");
        Assert.That((target.Size, target.Bold, target.Fill, target.HaloWidth), Is.EqualTo((11.0, false, 0xB0301F, 3.0)));
        var tick = runs.First(r => r.Text == "2,000");
        Assert.That(tick.Anchor, Is.EqualTo(Anchor.End));
    }

    [TestCase("<text x=\"5\" y=\"20\" font-size=\"12\">a</text><rect width=\"10\" height=\"10\"/>", TestName = "A shape after text")]
    [TestCase("<text x=\"5\" y=\"20\" font-size=\"12\"><tspan>a</tspan></text>", TestName = "Text with a tspan")]
    [TestCase("<g transform=\"scale(2)\"><text x=\"5\" y=\"20\" font-size=\"12\">a</text></g>", TestName = "A transformed group")]
    [TestCase("<text x=\"5\" y=\"20\" font-size=\"12\" fill=\"url(#g)\">a</text>", TestName = "A gradient fill")]
    [TestCase("<text x=\"5\" y=\"20\" font-size=\"12\" style=\"font-size:30px\">a</text>", TestName = "A style attribute")]
    public void Other_documents_are_left_whole_for_librsvg(string body) =>
        Assert.That(SvgTextSplitter.Split(Head + body + "</svg>"), Is.Null);

    [Test]
    public void Text_in_a_document_left_to_librsvg_is_still_drawn()
    {
        var svg = Head + "<text x=\"5\" y=\"25\" font-size=\"16\"><tspan fill=\"#000\">鸠江区</tspan></text></svg>";
        var image = PngImage.Decode(PngRasterizer.Render(svg));
        var ink = 0;
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                if (image.Pixel(x, y).A > 128) ink++;
        Assert.That(ink, Is.GreaterThan(40));
    }

    [TestCase("bar-grouped-amounts")]
    [TestCase("ranking-phone-long-names")]
    [TestCase("donut-sources")]
    [TestCase("line-cumulative")]
    public void Pango_draws_each_label_where_librsvg_would(string name)
    {
        var svg = Chart.RenderSvg(GoldenCases.Spec(name));
        Assert.That(LargestShift(svg, svg), Is.LessThanOrEqualTo(2));
    }

    [Test]
    public void The_comparison_sees_labels_moved_by_two_pixels()
    {
        var svg = Chart.RenderSvg(GoldenCases.Spec("bar-grouped-amounts"));
        var moved = System.Text.RegularExpressions.Regex.Replace(svg, "<text x=\"([0-9.]+)\"",
            m => $"<text x=\"{double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 2}\"");
        Assert.That(LargestShift(svg, moved), Is.GreaterThan(2));
    }

    /// <summary>
    /// The largest distance, in device pixels at 2×, between the edges of a label's ink drawn by
    /// Pango (from <paramref name="svg"/>) and by librsvg (from <paramref name="reference"/>).
    /// Hinting moves an edge by a pixel at most; a misplaced label moves all of them further.
    /// </summary>
    private static int LargestShift(string svg, string reference)
    {
        const int scale = 2;
        var fast = PngImage.Decode(PngRasterizer.Render(Support.SvgText.TextOnly(svg), scale));
        var whole = PngImage.Decode(PngRasterizer.Render(Support.SvgText.TextOnly(reference), scale, pangoText: false));
        var worst = 0;
        foreach (var item in Support.SvgText.Boxes(svg))
        {
            var box = item.Box.Inflate(4);
            var a = InkBounds(fast, box, scale);
            var b = InkBounds(whole, box, scale);
            if (a is null || b is null) continue;
            worst = Math.Max(worst, new[] { a.Value.Left - b.Value.Left, a.Value.Top - b.Value.Top, a.Value.Right - b.Value.Right,
                a.Value.Bottom - b.Value.Bottom }.Max(Math.Abs));
        }
        return worst;
    }

    private static (int Left, int Top, int Right, int Bottom)? InkBounds(PngImage image, Analytics.Charts.Layout.Rect box, int scale)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = Math.Max(0, (int)(box.Y * scale)); y < Math.Min(image.Height, (int)(box.Bottom * scale)); y++)
            for (var x = Math.Max(0, (int)(box.X * scale)); x < Math.Min(image.Width, (int)(box.Right * scale)); x++)
            {
                if (image.Pixel(x, y).A < 128) continue;
                (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
            }
        return right < 0 ? null : (left, top, right, bottom);
    }
}
