using System.Net;
using System.Text;

namespace Analytics.Core.Dashboards.Rendering;

/// <summary>
/// Writes a block's HTML: every text and attribute value encoded; a class becomes <c>class="…"</c> on the web and
/// also an inline <c>style="…"</c> in e-mail (<see cref="EmailStyles"/>).
/// </summary>
internal sealed class HtmlBuilder(PageFlavor flavor)
{
    private readonly StringBuilder html = new();

    public PageFlavor Flavor => flavor;

    public bool Email => flavor == PageFlavor.Email;

    public HtmlBuilder Open(string tag, string? css = null, params (string Name, string? Value)[] attributes)
    {
        html.Append('<').Append(tag);
        if (css is not null)
        {
            html.Append(" class=\"").Append(Encode(css)).Append('"');
            if (Email && EmailStyles.For(css) is { Length: > 0 } style) html.Append(" style=\"").Append(Encode(style)).Append('"');
        }
        foreach (var (name, value) in attributes)
            if (value is not null) html.Append(' ').Append(name).Append("=\"").Append(Encode(value)).Append('"');
        html.Append('>');
        return this;
    }

    public HtmlBuilder Close(string tag)
    {
        html.Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlBuilder Text(string text)
    {
        html.Append(Encode(text));
        return this;
    }

    /// <summary>HTML made elsewhere and already safe (encoded by its writer).</summary>
    public HtmlBuilder Raw(string safeHtml)
    {
        html.Append(safeHtml);
        return this;
    }

    public HtmlBuilder Element(string tag, string? css, string text) => Open(tag, css).Text(text).Close(tag);

    public HtmlBuilder Link(string href, string text, string? css = null) =>
        Open("a", css, ("href", href), ("style", Email && css is null ? EmailStyles.ForTag("a") : null)).Text(text).Close("a");

    public HtmlBuilder Line()
    {
        html.Append('\n');
        return this;
    }

    public override string ToString() => html.ToString();

    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
