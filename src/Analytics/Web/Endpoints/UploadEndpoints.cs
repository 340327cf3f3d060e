using System.Text.Json;
using Analytics.Core.Ingest.Ledgers;
using Analytics.Web.Accounts;
using Analytics.Web.Pages;
using Analytics.Web.Uploads;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Endpoints;

/// <summary>
/// <c>GET/POST /upload</c> (the form, multipart field <c>files</c>, field <c>kind</c>), its API twin <c>POST /api/ledgers</c>
/// (JSON: 200 with the new version, 422 with the problems, 503 when busy) and <c>GET /uploads</c> (a submitter's own loads;
/// an admin's list is every load). Admins and region submitters only; both posts need the anti-forgery token of the form
/// (field <c>__RequestVerificationToken</c>, or header <c>X-CSRF-TOKEN</c>).
/// </summary>
public static class UploadEndpoints
{
    public static IEndpointRouteBuilder MapUploads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/upload", (HttpContext context, IAntiforgery antiforgery, IOptions<SiteOptions> options) =>
            Refusal(context) ?? Page(context, antiforgery, options, null, StatusCodes.Status200OK)).ExcludeFromDescription();
        app.MapPost("/upload", PostFormAsync).DisableAntiforgery().LimitBody(UploadLimit).ExcludeFromDescription();
        app.MapPost("/api/ledgers", PostApiAsync).DisableAntiforgery().LimitBody(UploadLimit).WithTags("上报")
            .WithSummary("上报台账文件（multipart，字段 files；需登录为管理员或地区填报员，并带表单令牌）");
        app.MapGet("/uploads", (HttpContext context, SiteData data) =>
        {
            if (Refusal(context) is { } refused) return refused;
            var mine = "upload:" + context.User.Identity!.Name;
            var loads = data.Store.History().Reverse().Where(l => Access.IsAdmin(context) || l.Action == mine).Take(200);
            context.Response.Headers.CacheControl = "private, no-store";
            return HtmlPage.Simple("上报记录", "upload", "<h1>上报记录</h1>" + UploadPages.History(loads, Access.IsAdmin(context)) + "<p><a href=\"/upload\">上报台账</a></p>");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>The largest upload request: every file at its limit, plus the form's other fields.</summary>
    private static long UploadLimit(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value;
        return (long)options.UploadMaxMegabytes * 1024 * 1024 * options.UploadMaxFiles + 64 * 1024;
    }

    private static IResult? Refusal(HttpContext context) =>
        Access.IsAnonymous(context) ? SitePages.LoginRedirect(context)
        : Access.MayUpload(context) ? null
        : Access.Forbidden("只有管理员和地区填报员可以上报台账。");

    private static async Task<IResult> PostFormAsync(HttpContext context, IAntiforgery antiforgery, IOptions<SiteOptions> options, LedgerUpload upload)
    {
        if (Refusal(context) is { } refused) return refused;
        var request = await UploadRequest.ReadAsync(context, antiforgery, options.Value);
        if (request.Error is { } error) return Page(context, antiforgery, options, $"<p class=\"form-error\" role=\"alert\">{HtmlPage.Encode(error.Zh)}</p>", error.Status);
        var outcome = await RunAsync(context, upload, request);
        var regions = Access.Regions(context);
        var regionPage = regions.Count > 0 ? "/region?region=" + Uri.EscapeDataString(regions[0]) : null; // as of the new data's last date
        if (outcome.Busy) context.Response.Headers.RetryAfter = "30";
        var status = outcome.Succeeded ? StatusCodes.Status200OK : outcome.Busy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status422UnprocessableEntity;
        return Page(context, antiforgery, options, UploadPages.Outcome(outcome, regionPage), status);
    }

    private static async Task<IResult> PostApiAsync(HttpContext context, IAntiforgery antiforgery, IOptions<SiteOptions> options, LedgerUpload upload)
    {
        if (Access.IsAnonymous(context)) return Json(new { error = "需要登录", errorEn = "login required" }, StatusCodes.Status401Unauthorized);
        if (!Access.MayUpload(context)) return Json(new { error = "只有管理员和地区填报员可以上报台账", errorEn = "only admins and submitters may upload" }, StatusCodes.Status403Forbidden);
        var request = await UploadRequest.ReadAsync(context, antiforgery, options.Value);
        if (request.Error is { } error) return Json(new { error = error.Zh, errorEn = error.En }, error.Status);
        var outcome = await RunAsync(context, upload, request);
        if (outcome.Busy)
        {
            context.Response.Headers.RetryAfter = "30";
            return Json(new { error = "另一个导入正在进行，请稍后重试", errorEn = "another import is running; try again later" }, StatusCodes.Status503ServiceUnavailable);
        }
        var problems = outcome.Problems.Listed.Select(p => new
        {
            severity = p.Severity == ProblemSeverity.Error ? "error" : "warning",
            file = p.File, sheet = p.Sheet, row = p.Row, column = p.Column,
            message = p.WhatZh, messageEn = p.WhatEn, found = p.Found, expected = p.ExpectedZh, expectedEn = p.ExpectedEn,
        }).ToList();
        return outcome.Succeeded
            ? Json(new { version = outcome.VersionId, files = outcome.Files.Select(f => new { name = f, rows = outcome.Rows.GetValueOrDefault(f) }), problems }, StatusCodes.Status200OK)
            : Json(new { error = "导入失败，数据未改变", errorEn = "the import failed; the data is unchanged", problems }, StatusCodes.Status422UnprocessableEntity);
    }

    private static Task<UploadOutcome> RunAsync(HttpContext context, LedgerUpload upload, UploadRequest request) =>
        upload.ImportAsync(request.Files, request.Kind, context.User.Identity!.Name!,
            Access.IsAdmin(context) ? null : Access.Regions(context), context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, IOptions<SiteOptions> options, string? aboveForm, int status)
    {
        context.Response.Headers.CacheControl = "private, no-store";
        var main = "<h1>上报台账</h1>" + (aboveForm ?? "") + UploadPages.Form(context, antiforgery, Access.Regions(context), options.Value.UploadMaxMegabytes);
        return HtmlPage.Simple("上报台账", "upload", main, status);
    }

    private static IResult Json(object body, int status) => TypedResults.Json(body, ApiEndpoints.Json, statusCode: status);
}
