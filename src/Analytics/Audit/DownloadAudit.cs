namespace Analytics.Audit;

/// <summary>
/// Records in the audit log each download of an internal document (a table's CSV or workbook, a page's Word document, a model's JSON) by a logged-in reader,
/// whether the cache or the handler answered it: the middleware runs outside the output cache and looks at the answer.
/// </summary>
public static class DownloadAudit
{
    public static IApplicationBuilder UseDownloadAudit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next();
        var path = context.Request.Path;
        if (!HttpMethods.IsGet(context.Request.Method) || context.Response.StatusCode != StatusCodes.Status200OK
            || !(path.StartsWithSegments("/tables") || path.StartsWithSegments("/api/models") || IsDocument(path))
            || context.User.Identity?.IsAuthenticated != true
            || !context.Response.Headers.CacheControl.ToString().Contains("private", StringComparison.Ordinal)) return;
        var audit = context.RequestServices.GetRequiredService<AuditLog>();
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        audit.Append(new AuditEntry(clock.GetUtcNow(), context.User.Identity.Name ?? "", AuditActions.Download,
            path + context.Request.QueryString, null, context.Connection.RemoteIpAddress?.ToString()));
    });

    /// <summary>A page's Word document or workbook (<c>/NAME.docx</c>, <c>/NAME.xlsx</c>, a block's <c>.xlsx</c>).</summary>
    private static bool IsDocument(PathString path) =>
        path.Value is { } value && (value.EndsWith(".docx", StringComparison.Ordinal) || value.EndsWith(".xlsx", StringComparison.Ordinal));
}
