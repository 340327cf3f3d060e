using System.Text;
using Analytics.Core.Dashboards.Rendering;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>A paragraph of generated text whose region names become links on internal pages.</summary>
internal sealed class Prose
{
    private readonly List<(string Text, bool IsRegion)> parts = [];

    public Prose Add(string text)
    {
        parts.Add((text, false));
        return this;
    }

    public Prose Region(string region)
    {
        parts.Add((region, true));
        return this;
    }

    /// <summary>Adds the parts of another paragraph.</summary>
    public Prose Append(Prose other)
    {
        parts.AddRange(other.parts);
        return this;
    }

    /// <summary>Region names joined with 、.</summary>
    public Prose Regions(IEnumerable<string> regions)
    {
        var first = true;
        foreach (var region in regions)
        {
            if (!first) Add("、");
            Region(region);
            first = false;
        }
        return this;
    }

    public void Html(HtmlBuilder html, BlockContext context)
    {
        html.Open("p");
        foreach (var (text, isRegion) in parts)
        {
            if (isRegion) context.RegionName(html, text);
            else html.Text(text);
        }
        html.Close("p").Line();
    }

    public override string ToString() => parts.Aggregate(new StringBuilder(), (s, p) => s.Append(p.Text)).ToString();
}
