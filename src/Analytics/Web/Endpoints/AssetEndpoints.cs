using System.Security.Cryptography;

namespace Analytics.Web.Endpoints;

/// <summary><c>/assets/site.css</c>: the stylesheet, from the assembly, with a long cache lifetime and an ETag.</summary>
public static class AssetEndpoints
{
    private static readonly Lazy<(byte[] Body, string ETag)> Stylesheet = new(() =>
    {
        using var stream = typeof(AssetEndpoints).Assembly.GetManifestResourceStream("site.css")
            ?? throw new InvalidOperationException("site.css is not embedded");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var body = memory.ToArray();
        return (body, "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12)) + "\"");
    });

    /// <summary>The site's icon: a bar chart in the site's blue.</summary>
    public const string Icon =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\"><rect width=\"16\" height=\"16\" rx=\"3\" fill=\"#1d4e89\"/>" +
        "<rect x=\"3\" y=\"8\" width=\"2.5\" height=\"5\" fill=\"#fff\"/><rect x=\"6.75\" y=\"5\" width=\"2.5\" height=\"8\" fill=\"#fff\"/>" +
        "<rect x=\"10.5\" y=\"3\" width=\"2.5\" height=\"10\" fill=\"#fff\"/></svg>";

    /// <summary>The stylesheet and icon links every page's head carries.</summary>
    public const string HeadLinks = "<link rel=\"stylesheet\" href=\"/assets/site.css\"><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">";

    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        foreach (var path in new[] { "/favicon.svg", "/favicon.ico" })
        {
            app.MapGet(path, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=86400";
                return Results.Text(Icon, "image/svg+xml");
            }).ExcludeFromDescription();
        }
        app.MapGet("/assets/site.css", (HttpContext context) =>
        {
            var (body, etag) = Stylesheet.Value;
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return context.Request.Headers.IfNoneMatch == etag
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.Bytes(body, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }
}
