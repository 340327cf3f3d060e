using System.Text;
using Analytics.Charts.Layout;
using Analytics.Charts.Text;

namespace Analytics.Charts.Svg;

/// <summary>
/// Writes one SVG document. Every string from a spec goes through <see cref="Escape"/>, so ledger
/// text is always text; every number through <see cref="SvgNumber"/>, so output is byte-stable.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _sb = new(4096);
    // Text is written after every shape, so labels always lie on top and the rasteriser can draw
    // them in one pass after the shapes (see Raster.SvgTextSplitter).
    private readonly StringBuilder _text = new(2048);

    /// <summary>Opens the document: size, accessible name and description, font, white background.</summary>
    public SvgWriter(double width, double height, string title, string description, string background = "#fff")
    {
        Width = width;
        Height = height;
        var id = "c" + StableId(title + "\n" + description + "\n" + width + "x" + height);
        _sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(N(width))
           .Append("\" height=\"").Append(N(height)).Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ')
           .Append(N(height)).Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-t ").Append(id)
           .Append("-d\" font-family=\"").Append(Escape(Fonts.FamilyList)).Append("\">\n");
        _sb.Append("<title id=\"").Append(id).Append("-t\">").Append(Escape(TextFit.Clean(title))).Append("</title>\n");
        _sb.Append("<desc id=\"").Append(id).Append("-d\">").Append(Escape(TextFit.Clean(description))).Append("</desc>\n");
        _sb.Append("<rect width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
           .Append("\" fill=\"").Append(background).Append("\"/>\n");
    }

    public double Width { get; }
    public double Height { get; }

    public void Rect(Rect r, string fill, string? stroke = null, double strokeWidth = 1, double radius = 0)
    {
        _sb.Append("<rect x=\"").Append(N(r.X)).Append("\" y=\"").Append(N(r.Y)).Append("\" width=\"")
           .Append(N(r.Width)).Append("\" height=\"").Append(N(r.Height)).Append('"');
        if (radius > 0) _sb.Append(" rx=\"").Append(N(radius)).Append('"');
        _sb.Append(" fill=\"").Append(fill).Append('"');
        AppendStroke(stroke, strokeWidth, null);
        _sb.Append("/>\n");
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null)
    {
        _sb.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2))
           .Append("\" y2=\"").Append(N(y2)).Append('"');
        AppendStroke(stroke, width, dash);
        _sb.Append("/>\n");
    }

    /// <summary>A path; <paramref name="data"/> is built by <see cref="PathData"/> from numbers only.</summary>
    public void Path(string data, string fill, string? stroke = null, double strokeWidth = 1, string? dash = null,
        double fillOpacity = 1)
    {
        _sb.Append("<path d=\"").Append(data).Append("\" fill=\"").Append(fill).Append('"');
        if (fillOpacity < 1) _sb.Append(" fill-opacity=\"").Append(N(fillOpacity)).Append('"');
        AppendStroke(stroke, strokeWidth, dash);
        if (stroke is not null) _sb.Append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
        _sb.Append("/>\n");
    }

    public void Circle(double cx, double cy, double r, string fill, string? stroke = null, double strokeWidth = 1)
    {
        _sb.Append("<circle cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy)).Append("\" r=\"").Append(N(r))
           .Append("\" fill=\"").Append(fill).Append('"');
        AppendStroke(stroke, strokeWidth, null);
        _sb.Append("/>\n");
    }

    /// <summary>
    /// One line of text with its baseline at <paramref name="baseline"/>. A halo paints a white
    /// outline under the glyphs so a label stays legible where it crosses a line or grid.
    /// </summary>
    public void Text(string text, double x, double baseline, TextStyle style, string fill, Anchor anchor = Anchor.Start,
        bool halo = false)
    {
        text = TextFit.Clean(text);
        if (text.Length == 0) return;
        _text.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(baseline)).Append("\" font-size=\"")
           .Append(N(style.Size)).Append('"');
        if (style.Bold) _text.Append(" font-weight=\"bold\"");
        if (anchor != Anchor.Start)
            _text.Append(" text-anchor=\"").Append(anchor == Anchor.Middle ? "middle" : "end").Append('"');
        _text.Append(" fill=\"").Append(fill).Append('"');
        if (halo) _text.Append(" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        _text.Append('>').Append(Escape(text)).Append("</text>\n");
    }

    /// <summary>Lines stacked downward from the first baseline.</summary>
    public void TextLines(IReadOnlyList<string> lines, double x, double firstBaseline, TextStyle style, string fill,
        Anchor anchor = Anchor.Start)
    {
        for (var i = 0; i < lines.Count; i++)
            Text(lines[i], x, firstBaseline + i * style.LineHeight, style, fill, anchor);
    }

    /// <summary>Closes the document and returns it.</summary>
    public string Finish() => _sb.Append(_text).Append("</svg>\n").ToString();

    private void AppendStroke(string? stroke, double width, string? dash)
    {
        if (stroke is null) return;
        _sb.Append(" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(N(width)).Append('"');
        if (dash is not null) _sb.Append(" stroke-dasharray=\"").Append(dash).Append('"');
    }

    private static string N(double v) => SvgNumber.Format(v);

    /// <summary>Escapes the five XML specials; <see cref="TextFit.Clean"/> has already removed what XML cannot hold.</summary>
    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>An id stable for the same chart and distinct between charts on one page (FNV-1a, 32 bits).</summary>
    private static string StableId(string seed)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(seed))
            hash = (hash ^ b) * 16777619u;
        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
