using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Pages;

/// <summary>
/// The HTML shell every page of the site shares (head, stylesheet and icon, the brand bar) and the site's one encoder:
/// Chinese stays as text (smaller pages, and a scan for a name finds it); markup characters are encoded.
/// </summary>
public static class HtmlPage
{
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);

    /// <summary>Opens a document: doctype, head with <paramref name="title"/>, the start of the body.</summary>
    public static StringBuilder Begin(string title, string? brand = null)
    {
        var html = new StringBuilder(16 * 1024);
        html.Append("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append(" · ").Append(Encode(brand ?? Core.Documents.Letterhead.Demo.Brand)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/assets/site.css\"><link rel=\"stylesheet\" href=\"/assets/print.css\" media=\"print\"><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">")
            .Append("</head>\n<body>");
        return html;
    }

    /// <summary>
    /// A small page: the brand bar with the navigation the reader may use (rendered when the answer is written, for the
    /// reader of the request), then <paramref name="mainHtml"/> (already encoded) in a <c>main</c> of <paramref name="mainClass"/>.
    /// </summary>
    public static IResult Simple(string title, string mainClass, string mainHtml, int status = StatusCodes.Status200OK) =>
        new SimplePage(title, mainClass, mainHtml, status);

    private sealed class SimplePage(string title, string mainClass, string mainHtml, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            var role = Accounts.Access.Role(context);
            var user = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null;
            var brand = context.RequestServices.GetService<IOptions<Jobs.OfficeOptions>>()?.Value.LogoText ?? Core.Documents.Letterhead.Demo.Brand;
            var html = Begin(title, brand);
            SiteHeader.Append(html, brand, SiteHeader.Pages(role), user, role);
            html.Append("<main class=\"").Append(mainClass).Append("\">").Append(mainHtml).Append("</main></body></html>\n");
            return TypedResults.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status).ExecuteAsync(context);
        }
    }
}
