using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Analytics.Charts.Text;

namespace Analytics.Charts.Raster;

/// <summary>
/// Takes the text out of an SVG of the simple form this library writes, so that Pango can draw it
/// through its glyph cache: librsvg 2.54 turns every glyph into a path and fills it, which costs
/// about fifteen times as much per label. A document qualifies only where drawing all of its text
/// after all of its shapes changes nothing: untransformed, only rect, line, path, circle, plain
/// groups and single-line text with solid colours, and no shape drawn after a text element (the
/// text is already on top). Any other document is left whole for librsvg.
/// </summary>
internal static class SvgTextSplitter
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";
    private static readonly HashSet<string> Shapes = ["rect", "line", "path", "circle"];
    private static readonly HashSet<string> TextAttributes =
        ["x", "y", "font-size", "font-weight", "text-anchor", "fill", "stroke", "stroke-width", "stroke-linejoin", "paint-order"];

    /// <summary>The document without its text and the text as runs, or null where the document does not qualify.</summary>
    public static (string Shapes, IReadOnlyList<TextRun> Text, string FontFamily)? Split(string svg)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(svg);
        }
        catch (XmlException)
        {
            return null; // librsvg reports the error
        }
        var root = doc.Root;
        if (root is null || root.Name != Ns + "svg" || root.Attribute("transform") is not null) return null;
        if ((string?)root.Attribute("font-family") is not { Length: > 0 } family) return null;
        if (!ViewBoxIsIdentity(root)) return null;

        var runs = new List<TextRun>();
        var texts = new List<XElement>();
        var seenText = false;
        foreach (var e in root.Descendants())
        {
            var name = e.Name.LocalName;
            if (e.Name.Namespace != Ns) return null;
            if (name is "title" or "desc") continue;
            if (name == "g")
            {
                if (e.Attributes().Any(a => a.Name.LocalName != "aria-label")) return null;
                continue;
            }
            if (Shapes.Contains(name))
            {
                // A shape after text would cover it in SVG order: keep the document whole.
                if (seenText || e.Attribute("transform") is not null) return null;
                continue;
            }
            if (name != "text" || ToRun(e) is not { } run) return null;
            seenText = true;
            runs.Add(run);
            texts.Add(e);
        }
        if (runs.Count == 0) return null;
        foreach (var t in texts) t.Remove();
        return (root.ToString(SaveOptions.DisableFormatting), runs, PangoFamily(family));
    }

    private static bool ViewBoxIsIdentity(XElement root)
    {
        var viewBox = (string?)root.Attribute("viewBox");
        if (viewBox is null) return true;
        var parts = viewBox.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 4 && parts[0] == "0" && parts[1] == "0"
            && parts[2] == (string?)root.Attribute("width") && parts[3] == (string?)root.Attribute("height");
    }

    private static TextRun? ToRun(XElement e)
    {
        if (e.HasElements || e.Attributes().Any(a => !TextAttributes.Contains(a.Name.LocalName) || a.Name.Namespace != XNamespace.None))
            return null;
        if (Number(e, "x") is not { } x || Number(e, "y") is not { } y || Number(e, "font-size") is not { } size) return null;
        if (Color((string?)e.Attribute("fill") ?? "#000000") is not { } fill) return null;
        var weight = (string?)e.Attribute("font-weight");
        if (weight is not (null or "bold" or "normal")) return null;
        Anchor? anchor = (string?)e.Attribute("text-anchor") switch
        {
            null or "start" => Anchor.Start,
            "middle" => Anchor.Middle,
            "end" => Anchor.End,
            _ => null,
        };
        if (anchor is null) return null;
        double halo = 0;
        if (e.Attribute("stroke") is not null)
        {
            // Only the white halo painted under the glyphs is understood.
            if ((string?)e.Attribute("stroke") != "#fff" || (string?)e.Attribute("paint-order") != "stroke"
                || Number(e, "stroke-width") is not { } width) return null;
            halo = width;
        }
        return new TextRun(e.Value, x, y, size, weight == "bold", anchor.Value, fill, halo);
    }

    private static double? Number(XElement e, string attribute) =>
        double.TryParse((string?)e.Attribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static int? Color(string value)
    {
        if (value.Length == 4 && value[0] == '#')
            value = string.Concat("#", value[1], value[1], value[2], value[2], value[3], value[3]);
        return value.Length == 7 && value[0] == '#'
               && int.TryParse(value.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
            ? rgb
            : null;
    }

    /// <summary>A CSS family list as Pango reads it: names without quotes, separated by commas.</summary>
    private static string PangoFamily(string cssList) =>
        string.Join(",", cssList.Split(',').Select(f => f.Trim().Trim('\'', '"')).Where(f => f.Length > 0));
}
