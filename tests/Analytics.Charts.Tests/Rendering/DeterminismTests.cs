using System.Globalization;
using Analytics.Charts.Tests.Golden;

namespace Analytics.Charts.Tests.Rendering;

public sealed class DeterminismTests
{
    [Test]
    public void The_same_spec_gives_the_same_bytes_in_any_culture_and_on_any_thread()
    {
        var expected = GoldenCases.All.Select(c => Chart.RenderSvg(c.Spec)).ToList();
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            var again = new string[expected.Count];
            Parallel.For(0, expected.Count, i => again[i] = Chart.RenderSvg(GoldenCases.All[i].Spec));
            Assert.That(again, Is.EqualTo(expected));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void Two_charts_on_one_page_have_different_ids()
    {
        var a = Chart.RenderSvg(GoldenCases.Spec("bar-regions"));
        var b = Chart.RenderSvg(GoldenCases.Spec("ranking-regions"));
        string Id(string svg) => System.Xml.Linq.XDocument.Parse(svg).Root!.Attribute("aria-labelledby")!.Value;
        Assert.That(Id(a), Is.Not.EqualTo(Id(b)));
    }
}
