using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Analytics.Web.Caching;

/// <summary>
/// Writes a rendered body with a strong ETag (a hash of the bytes) and answers a matching If-None-Match with 304.
/// The output cache keeps the ETag with the entry and answers later conditional requests itself.
/// </summary>
public static class ConditionalContent
{
    public static IResult Bytes(HttpContext context, byte[] body, string contentType, bool isPublic, string? downloadName = null) =>
        Bytes(context, body, contentType, isPublic ? "public, max-age=60" : "private, no-cache", downloadName);

    public static IResult Bytes(HttpContext context, byte[] body, string contentType, string cacheControl, string? downloadName = null)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12)) + "\"";
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = cacheControl;
        headers.Vary = "Accept-Encoding, Cookie";
        if (downloadName is not null)
            headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = downloadName, FileName = "download" + Path.GetExtension(downloadName) }.ToString();
        if (context.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(v => v.Trim() == etag || v.Trim() == "*")))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(body, contentType);
    }
}
