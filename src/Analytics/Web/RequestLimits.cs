using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Analytics.Web;

/// <summary>
/// Limits on request bodies: an endpoint's own cap (<see cref="LimitBody(RouteHandlerBuilder, long)"/>: a larger body is refused with 413
/// before it is read), and the answers for a body that breaks a limit while being read (413 too large, 400 malformed form)
/// instead of a 500.
/// </summary>
public static class RequestLimits
{
    /// <summary>The largest login or logout form, in bytes: a name, a password, a token and a return URL.</summary>
    public const long SmallForm = 16 * 1024;

    /// <summary>Refuses a body larger than <paramref name="bytes"/> with 413: at once when the request says its length, else when reading passes it.</summary>
    public static RouteHandlerBuilder LimitBody(this RouteHandlerBuilder builder, long bytes) => builder.LimitBody(_ => bytes);

    /// <summary>As <see cref="LimitBody(RouteHandlerBuilder, long)"/>, the limit worked out per request (from the settings).</summary>
    public static RouteHandlerBuilder LimitBody(this RouteHandlerBuilder builder, Func<HttpContext, long> limit) =>
        // A filter runs before the handler reads the body (the handlers read their forms themselves).
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var context = invocation.HttpContext;
            var bytes = limit(context);
            if (context.Request.ContentLength > bytes) return TooLarge(context, bytes);
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = bytes;
            return await next(invocation);
        });

    /// <summary>The status and message for an exception that a request's body caused, or null for any other exception.</summary>
    public static (int Status, string Message)? Answer(Exception? error) => error switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "提交的内容过大。"),
        BadHttpRequestException bad => (bad.StatusCode, "请求格式错误。"),
        InvalidDataException => (StatusCodes.Status400BadRequest, "提交的表单超出限制或格式错误。"),
        _ => null,
    };

    /// <summary>The exception handler's answer for the request's error (the feature the exception handler sets).</summary>
    public static (int Status, string Message)? Answer(HttpContext context) => Answer(context.Features.Get<IExceptionHandlerFeature>()?.Error);

    private static IResult TooLarge(HttpContext context, long bytes)
    {
        context.Response.Headers.Connection = "close"; // the rest of the body is not read
        return TypedResults.Text(bytes < 1024 * 1024 ? $"提交的内容过大（上限 {bytes / 1024:N0} KB）。" : $"提交的内容过大（上限 {bytes / 1024 / 1024:N0} MB）。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status413PayloadTooLarge);
    }
}
