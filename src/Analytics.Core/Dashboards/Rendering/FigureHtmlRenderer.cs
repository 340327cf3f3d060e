using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Analytics.Core.Dashboards.Rendering;

/// <summary>Writes an inline figure as escaped text (an error in a <c>figure-error</c> span).</summary>
internal sealed class FigureHtmlRenderer(InlineFigures figures, PageFlavor flavor) : HtmlObjectRenderer<FigureInline>
{
    protected override void Write(HtmlRenderer renderer, FigureInline figure)
    {
        var (text, error) = figures.Write(figure.Expression);
        if (!error)
        {
            renderer.WriteEscape(text);
            return;
        }
        var html = new HtmlBuilder(flavor).Element("span", "figure-error", text);
        renderer.Write(html.ToString());
    }
}
