using System.Text;
using Analytics.Web.Caching;

namespace Analytics.Web.Endpoints;

/// <summary><c>/assets/site.css</c> and the icon: from the assembly, with a day's cache lifetime and an ETag.</summary>
public static class AssetEndpoints
{
    private static readonly Lazy<byte[]> Stylesheet = new(() =>
    {
        using var stream = typeof(AssetEndpoints).Assembly.GetManifestResourceStream("site.css")
            ?? throw new InvalidOperationException("site.css is not embedded");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    });

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
        return app;
    }
}
