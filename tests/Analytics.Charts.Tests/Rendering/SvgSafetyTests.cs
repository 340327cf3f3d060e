using System.Xml.Linq;
using Analytics.Charts.Specs;
using Analytics.Charts.Tests.Golden;
using Analytics.Charts.Tests.Support;

namespace Analytics.Charts.Tests.Rendering;

/// <summary>Ledger text is only ever text in the SVG, whatever it contains.</summary>
public sealed class SvgSafetyTests
{
    [TestCase("bar-xss")]
    [TestCase("ranking-xss")]
    public void Markup_in_names_renders_as_text_not_elements(string name)
    {
        var svg = Chart.RenderSvg(GoldenCases.Spec(name));
        var doc = XDocument.Parse(svg);
        Assert.That(doc.Descendants().Select(e => e.Name.LocalName), Has.None.AnyOf("script", "img", "b"));
        Assert.That(doc.Descendants().Attributes().Select(a => a.Name.LocalName), Has.None.EqualTo("onerror"));
        Assert.That(doc.Descendants(SvgText.Ns + "text").Select(t => t.Value), Has.Some.EqualTo(Demo.Xss));
        Assert.That(svg, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    [Test]
    public void A_quote_in_a_name_cannot_close_an_attribute()
    {
        var svg = Chart.RenderSvg(GoldenCases.Spec("bar-xss"));
        Assert.That(svg, Does.Contain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        Assert.That(svg, Does.Not.Contain("\"><img"));
    }

    [Test]
    public void Control_characters_from_a_ledger_still_give_valid_xml()
    {
        var spec = new RankingChartSpec { Title = "排名\u0001", Items = [new("鸠江区\u0000\u001B", 1), new("高新区\uD800", 2)] };
        var doc = XDocument.Parse(Chart.RenderSvg(spec));
        Assert.That(doc.Descendants(SvgText.Ns + "text").Select(t => t.Value), Does.Contain("鸠江区").And.Contain("高新区"));
    }
}
