using Analytics.Charts.Plotting;
using Analytics.Charts.Tests.Support;

namespace Analytics.Charts.Tests.Plotting;

/// <summary>From each chart's layout: every text stays on the canvas and no two texts overlap.</summary>
public sealed class TextLayoutTests
{
    private static IEnumerable<TestCaseData> Cases() => Rendered.Cases();

    [TestCaseSource(nameof(Cases))]
    public void Texts_stay_on_the_canvas_and_never_overlap(string name)
    {
        var chart = Rendered.LaidOut(name);
        var texts = chart.Log.Drawn;
        foreach (var text in texts)
        {
            Assert.That(text.Rect.Left, Is.GreaterThanOrEqualTo(-0.5f), $"「{text.Text}」 leaves the canvas on the left");
            Assert.That(text.Rect.Top, Is.GreaterThanOrEqualTo(-0.5f), $"「{text.Text}」 leaves the canvas at the top");
            Assert.That(text.Rect.Right, Is.LessThanOrEqualTo(chart.Width + 0.5f), $"「{text.Text}」 leaves the canvas on the right");
            Assert.That(text.Rect.Bottom, Is.LessThanOrEqualTo(chart.Height + 0.5f), $"「{text.Text}」 leaves the canvas at the bottom");
        }
        for (var i = 0; i < texts.Count; i++)
            for (var j = i + 1; j < texts.Count; j++)
                Assert.That(TextLog.Overlap(texts[i].Rect, texts[j].Rect), Is.False,
                    $"「{texts[i].Text}」 {texts[i].Rect} overlaps 「{texts[j].Text}」 {texts[j].Rect}");
    }

    [Test]
    public void The_overlap_check_sees_overlapping_boxes()
    {
        var a = new ScottPlot.PixelRect(0, 50, 20, 0);
        Assert.That(TextLog.Overlap(a, new ScottPlot.PixelRect(40, 90, 30, 10)), Is.True);
        Assert.That(TextLog.Overlap(a, new ScottPlot.PixelRect(50, 90, 20, 0)), Is.False, "touching edges");
    }
}
