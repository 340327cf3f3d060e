using Analytics.Charts.Tests.Support;
using SkiaSharp;

namespace Analytics.Charts.Tests.Plotting;

/// <summary>The images themselves: their size at 1× and 2×, and no ink in the margin along the edges (nothing cut off).</summary>
public sealed class PngTests
{
    private static IEnumerable<TestCaseData> Cases() => Rendered.Cases();

    [TestCaseSource(nameof(Cases))]
    public void Images_have_their_size_and_nothing_touches_the_edges(string name)
    {
        var spec = Rendered.Spec(name);
        var (width, height) = Chart.Size(spec);
        var margin = spec is Specs.SparklineSpec ? 1 : 4;
        foreach (var scale in new[] { 1, 2 })
        {
            using var bitmap = SKBitmap.Decode(Chart.RenderPng(spec, scale));
            Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((width * scale, height * scale)), $"{scale}×");
            var inked = InkInMargin(bitmap, margin * scale);
            Assert.That(inked, Is.Null, $"{scale}×: ink at {inked} within {margin * scale} px of the edge");
        }
    }

    [Test]
    public void The_margin_check_sees_ink_at_the_edge()
    {
        using var bitmap = new SKBitmap(20, 20);
        bitmap.Erase(SKColors.White);
        bitmap.SetPixel(19, 10, SKColors.Black);
        Assert.That(InkInMargin(bitmap, 2), Is.EqualTo((19, 10)));
    }

    [Test]
    public void A_2x_image_is_sharper_not_different() =>
        Assert.That(Chart.RenderPng(Golden.GoldenCases.Spec("bar-regions"), 2).Length, Is.GreaterThan(Chart.RenderPng(Golden.GoldenCases.Spec("bar-regions"), 1).Length));

    /// <summary>The first pixel that is not white within <paramref name="margin"/> of an edge, or null.</summary>
    private static (int X, int Y)? InkInMargin(SKBitmap bitmap, int margin)
    {
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (x >= margin && x < bitmap.Width - margin && y >= margin && y < bitmap.Height - margin) continue;
                var c = bitmap.GetPixel(x, y);
                if (c.Red < 250 || c.Green < 250 || c.Blue < 250) return (x, y);
            }
        return null;
    }
}
