using System.Globalization;
using System.Text;
using Analytics.Core.Documents;
using Analytics.Jobs;
using Analytics.Web.Caching;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Endpoints;

/// <summary><c>/assets/site.css</c>, <c>/assets/print.css</c> and the icon: from the assembly, with a day's cache lifetime and an ETag.</summary>
public static class AssetEndpoints
{
    private static readonly Lazy<byte[]> Stylesheet = new(() => Resource("site.css"));

    private static readonly Lazy<string> PrintRules = new(() => Encoding.UTF8.GetString(Resource("print.css")));

    private static readonly byte[] IconBytes = Encoding.UTF8.GetBytes(Icon);

    /// <summary>The site's icon: a bar chart in the site's blue.</summary>
    private const string Icon =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\"><rect width=\"16\" height=\"16\" rx=\"3\" fill=\"#1d4e89\"/>" +
        "<rect x=\"3\" y=\"8\" width=\"2.5\" height=\"5\" fill=\"#fff\"/><rect x=\"6.75\" y=\"5\" width=\"2.5\" height=\"8\" fill=\"#fff\"/>" +
        "<rect x=\"10.5\" y=\"3\" width=\"2.5\" height=\"10\" fill=\"#fff\"/></svg>";

    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        const string aDay = "public, max-age=86400";
        foreach (var path in new[] { "/favicon.svg", "/favicon.ico" })
            app.MapGet(path, (HttpContext context) => ConditionalContent.Bytes(context, IconBytes, "image/svg+xml", aDay)).ExcludeFromDescription();
        app.MapGet("/assets/site.css", (HttpContext context) => ConditionalContent.Bytes(context, Stylesheet.Value, "text/css; charset=utf-8", aDay))
            .ExcludeFromDescription();
        app.MapGet("/assets/print.css", (HttpContext context, IOptions<OfficeOptions> office) =>
            ConditionalContent.Bytes(context, Encoding.UTF8.GetBytes(PrintStylesheet(office.Value.ToLetterhead())), "text/css; charset=utf-8", aDay))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// The print stylesheet: an A4 <c>@page</c> rule with the office's name and logo text at the head of every page and the
    /// page number ("— 1 —") at its foot (the names from the settings, as CSS strings), then the rules of <c>print.css</c>.
    /// </summary>
    public static string PrintStylesheet(Letterhead letterhead) =>
        "@page {\n  size: A4;\n  margin: 22mm 18mm 20mm;\n" +
        $"  @top-left {{ content: {CssString(letterhead.Office)}; font-size: 9pt; color: #555; }}\n" +
        $"  @top-right {{ content: {CssString(letterhead.Brand)}; font-size: 9pt; color: #555; }}\n" +
        "  @bottom-center { content: \"— \" counter(page) \" —\"; font-size: 10pt; }\n}\n" + PrintRules.Value;

    /// <summary>Text as a quoted CSS string: quotes, backslashes, angle brackets and control characters escaped, so a setting cannot end the rule.</summary>
    private static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' || char.IsControl(c)) css.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            else css.Append(c);
        }
        return css.Append('"').ToString();
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(AssetEndpoints).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(name + " is not embedded");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
