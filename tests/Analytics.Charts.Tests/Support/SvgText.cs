using System.Globalization;
using System.Xml.Linq;
using Analytics.Charts.Layout;
using Analytics.Charts.Text;

namespace Analytics.Charts.Tests.Support;

/// <summary>
/// Reads the text of a rendered SVG back: each text element's box, measured with the same font
/// tables the layout used, and a copy of the document holding only its text (to rasterise alone).
/// </summary>
internal static class SvgText
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public sealed record Item(string Text, Rect Box);

    public static IReadOnlyList<Item> Boxes(string svg)
    {
        var doc = XDocument.Parse(svg);
        var items = new List<Item>();
        foreach (var e in doc.Descendants(Ns + "text"))
        {
            Assert.That(e.Attribute("transform"), Is.Null, "text is never rotated or transformed");
            var style = new TextStyle(Number(e, "font-size"), (string?)e.Attribute("font-weight") == "bold");
            var anchor = (string?)e.Attribute("text-anchor") switch
            {
                "middle" => Anchor.Middle,
                "end" => Anchor.End,
                _ => Anchor.Start,
            };
            items.Add(new Item(e.Value, style.Box(e.Value, Number(e, "x"), Number(e, "y"), anchor)));
        }
        return items;
    }

    /// <summary>The document with only its text, drawn without halos on a transparent background.</summary>
    public static string TextOnly(string svg)
    {
        var doc = XDocument.Parse(svg);
        var keep = new HashSet<XName> { Ns + "svg", Ns + "title", Ns + "desc", Ns + "text", Ns + "g" };
        doc.Descendants().Where(e => !keep.Contains(e.Name)).ToList().ForEach(e => e.Remove());
        foreach (var text in doc.Descendants(Ns + "text"))
        {
            text.SetAttributeValue("stroke", null);
            text.SetAttributeValue("stroke-width", null);
            text.SetAttributeValue("paint-order", null);
        }
        return doc.ToString(SaveOptions.DisableFormatting);
    }

    public static (double Width, double Height) Size(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        return (Number(root, "width"), Number(root, "height"));
    }

    private static double Number(XElement e, string attribute) =>
        double.Parse((string?)e.Attribute(attribute) ?? throw new AssertionException($"text without {attribute}"),
            CultureInfo.InvariantCulture);
}
