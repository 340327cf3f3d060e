using System.Text;
using Analytics.Audit;
using Analytics.Web.Accounts;
using Analytics.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Analytics.Web.Endpoints;

/// <summary><c>GET/POST /login</c> and <c>POST /logout</c>: cookie sign-in against the configured accounts, with lockout and audit.</summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (HttpContext context, IAntiforgery antiforgery, ReturnUrls returnUrls, string? returnUrl) =>
            Form(context, antiforgery, returnUrls.Resolve(returnUrl), null, StatusCodes.Status200OK));
        app.MapPost("/login", LoginAsync).RequireRateLimiting(SiteRateLimits.Login).DisableAntiforgery().LimitBody(RequestLimits.SmallForm);
        app.MapPost("/logout", async (HttpContext context, SessionRevocations revocations, AuditLog audit, TimeProvider clock) =>
        {
            // The cookie is refused from now on even if it was copied: the session's id is revoked, not only the cookie deleted.
            if (await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme) is { Principal: { } principal }
                && SessionClaims.SessionId(principal) is { } session)
            {
                if (context.Request.HasFormContentType && (await context.Request.ReadFormAsync())["everywhere"] == "1")
                    revocations.RevokeAccount(principal.Identity!.Name!);
                revocations.RevokeSession(session);
                audit.Append(new AuditEntry(clock.GetUtcNow(), principal.Identity!.Name!, AuditActions.Logout, null, null, context.Connection.RemoteIpAddress?.ToString()));
            }
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.Redirect("/");
        }).DisableAntiforgery().LimitBody(RequestLimits.SmallForm);
        return app;
    }

    private static async Task<IResult> LoginAsync(HttpContext context, IAntiforgery antiforgery, UserStore users, ReturnUrls returnUrls,
        LoginLockout lockout, AuditLog audit, TimeProvider clock)
    {
        var form = await context.Request.ReadFormAsync();
        var returnUrl = returnUrls.Resolve(form["returnUrl"]);
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Form(context, antiforgery, returnUrl, "页面已过期，请重新登录。", StatusCodes.Status400BadRequest);
        }
        var name = form["name"].ToString();
        void Record(string action, string? detail = null) =>
            audit.Append(new AuditEntry(clock.GetUtcNow(), name, action, null, detail, context.Connection.RemoteIpAddress?.ToString()));
        if (lockout.LockedUntil(name) is { } until)
        {
            Record(AuditActions.LoginFailed, "locked");
            return Locked(context, antiforgery, returnUrl, until - clock.GetUtcNow());
        }
        var account = users.Verify(name, form["password"].ToString());
        if (account is null)
        {
            Record(AuditActions.LoginFailed);
            if (!lockout.Failed(name)) return Form(context, antiforgery, returnUrl, "用户名或密码错误。", StatusCodes.Status401Unauthorized);
            Record(AuditActions.LockedOut);
            return Locked(context, antiforgery, returnUrl, lockout.LockedUntil(name)!.Value - clock.GetUtcNow());
        }
        if (account.Disabled)
        {
            Record(AuditActions.LoginFailed, "disabled");
            return Form(context, antiforgery, returnUrl, "该账号已停用，请联系管理员。", StatusCodes.Status403Forbidden);
        }
        lockout.Succeeded(name);
        Record(AuditActions.Login);
        // The default page (the weekly briefing) is not a submitter's: theirs is the upload form.
        if (returnUrl == ReturnUrls.DefaultPage && account.EffectiveRole == AccountRoles.Submitter) returnUrl = "/upload";
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionClaims.For(account, clock.GetUtcNow()));
        return TypedResults.Redirect(returnUrl);
    }

    private static IResult Locked(HttpContext context, IAntiforgery antiforgery, string returnUrl, TimeSpan left)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(left.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Form(context, antiforgery, returnUrl, $"登录失败次数过多，该账号已暂时锁定，请 {minutes} 分钟后再试，或联系管理员。", StatusCodes.Status429TooManyRequests);
    }

    private static IResult Form(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var main = new StringBuilder("<h1>登录</h1><p>每周简报与地区页面仅限内部人员查看。</p>");
        if (error is not null) main.Append("<p class=\"form-error\" role=\"alert\">").Append(HtmlPage.Encode(error)).Append("</p>");
        main.Append("<form method=\"post\" action=\"/login\">")
            .Append("<input type=\"hidden\" name=\"").Append(HtmlPage.Encode(tokens.FormFieldName)).Append("\" value=\"").Append(HtmlPage.Encode(tokens.RequestToken ?? "")).Append("\">")
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(HtmlPage.Encode(returnUrl)).Append("\">")
            .Append("<label>用户名 <input name=\"name\" autocomplete=\"username\" required></label>")
            .Append("<label>密码 <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>")
            .Append("<button type=\"submit\">登录</button></form>");
        context.Response.Headers.CacheControl = "no-store";
        return HtmlPage.Simple("登录", "login", main.ToString(), status);
    }
}
