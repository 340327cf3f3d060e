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

    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
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
