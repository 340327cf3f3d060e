using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Analytics.Core.Dashboards.Rendering;

/// <summary>
/// Prepares a page's Markdown for HTML: links other than http(s), mailto and the site's own paths are dropped (a page
/// cannot run script through a link); for e-mail, links become absolute and elements get inline styles.
/// </summary>
internal static class PageDecorator
{
    public static void Apply(MarkdownDocument document, PageFlavor flavor, PageLinks links)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url)) link.Url = "#";
            if (flavor == PageFlavor.Email)
            {
                link.Url = links.Absolute(link.Url ?? "#");
                if (!link.IsImage) link.GetAttributes().AddProperty("style", EmailStyles.ForTag("a"));
            }
        }
        if (flavor != PageFlavor.Email) return;
        foreach (var block in document.Descendants<Block>())
        {
            var style = block switch
            {
                HeadingBlock h => EmailStyles.ForTag(h.Level <= 1 ? "h1" : h.Level == 2 ? "h2" : "h3"),
                ParagraphBlock p when p.Parent is not TableCell => EmailStyles.ForTag("p"),
                ListBlock => EmailStyles.ForTag("list"),
                QuoteBlock => EmailStyles.ForTag("blockquote"),
                Table => EmailStyles.ForTag("table"),
                _ => "",
            };
            if (style.Length > 0) block.GetAttributes().AddProperty("style", style);
        }
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') || trimmed.StartsWith('#') || trimmed.StartsWith('?')) return true;
        var colon = trimmed.IndexOf(':');
        if (colon < 0) return true;
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true;
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
