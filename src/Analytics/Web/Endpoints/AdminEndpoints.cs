using System.Text;
using Analytics.Web.Accounts;
using Analytics.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Endpoints;

/// <summary>
/// <c>GET /admin/users</c> and <c>POST /admin/users</c> (admins): the accounts, and forms to add one (name, password, role,
/// regions), disable or enable one, or give it a new password, through <see cref="AccountAdministration"/> (checked, audited,
/// ending the account's sessions). Accounts set in configuration are listed but changed only there.
/// </summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/users", (HttpContext context, IAntiforgery antiforgery, UserStore users, IOptions<SiteOptions> options) =>
            Access.RequireAdmin(context) ?? Page(context, antiforgery, users, options, null, StatusCodes.Status200OK)).ExcludeFromDescription();
        app.MapPost("/admin/users", ChangeAsync).DisableAntiforgery().LimitBody(RequestLimits.SmallForm).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ChangeAsync(HttpContext context, IAntiforgery antiforgery, UserStore users, IOptions<SiteOptions> options)
    {
        if (Access.RequireAdmin(context) is { } refused) return refused;
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Page(context, antiforgery, users, options, ("页面已过期，请刷新后重试。", true), StatusCodes.Status400BadRequest);
        }
        var form = await context.Request.ReadFormAsync();
        var name = form["name"].ToString();
        if (users.All().Any(u => u.Name == name) && UserStore.Read(UserStore.FilePath(options.Value.Data)).All(u => u.Name != name))
            return Page(context, antiforgery, users, options, ($"账号「{name}」在配置文件中设置，只能在配置中修改。", true), StatusCodes.Status409Conflict);
        var accounts = new AccountAdministration(options.Value.Data, context.User.Identity!.Name!, context.Connection.RemoteIpAddress?.ToString());
        try
        {
            var message = form["action"].ToString() switch
            {
                "add" => Added(accounts.Add(name, form["password"].ToString(), form["role"].ToString(),
                    form["regions"].ToString().Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries))),
                "disable" => $"已停用账号「{accounts.SetDisabled(name, true).Name}」，其登录已失效。",
                "enable" => $"已启用账号「{accounts.SetDisabled(name, false).Name}」。",
                "reset" => $"已为账号「{accounts.ResetPassword(name, form["password"].ToString()).Name}」设置新密码，其登录已失效。",
                var other => throw new AccountException($"未知操作「{other}」", $"unknown action \"{other}\""),
            };
            return Page(context, antiforgery, users, options, (message, false), StatusCodes.Status200OK);
        }
        catch (AccountException e)
        {
            return Page(context, antiforgery, users, options, (e.MessageZh + "。", true), StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static string Added(UserAccount account) => $"已保存账号「{account.Name}」（{AccountRoles.Label(account.Role)}）。";

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, UserStore users, IOptions<SiteOptions> options, (string Text, bool Error)? message, int status)
    {
        var token = antiforgery.GetAndStoreTokens(context);
        var hidden = $"<input type=\"hidden\" name=\"{E(token.FormFieldName)}\" value=\"{E(token.RequestToken)}\">";
        var fromFile = UserStore.Read(UserStore.FilePath(options.Value.Data)).Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        var html = new StringBuilder("<h1>账号管理</h1>");
        if (message is { } m) html.Append(m.Error ? "<p class=\"form-error\" role=\"alert\">" : "<p class=\"form-ok\" role=\"status\">").Append(E(m.Text)).Append("</p>");
        html.Append("<div class=\"table-scroll\"><table class=\"accounts\"><thead><tr><th>用户名</th><th>角色</th><th>地区</th><th>状态</th><th>操作</th></tr></thead><tbody>");
        foreach (var user in users.All().OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            html.Append("<tr><td>").Append(E(user.Name)).Append("</td><td>").Append(E(AccountRoles.Label(user.Role))).Append("</td><td>")
                .Append(E(string.Join("、", user.Regions))).Append("</td><td>").Append(user.Disabled ? "已停用" : "正常").Append("</td><td>");
            if (!fromFile.Contains(user.Name))
            {
                html.Append("配置文件中设置");
            }
            else
            {
                html.Append("<form method=\"post\" action=\"/admin/users\">").Append(hidden).Append("<input type=\"hidden\" name=\"name\" value=\"").Append(E(user.Name))
                    .Append("\"><button name=\"action\" value=\"").Append(user.Disabled ? "enable\">启用" : "disable\">停用").Append("</button></form>")
                    .Append("<form method=\"post\" action=\"/admin/users\">").Append(hidden).Append("<input type=\"hidden\" name=\"name\" value=\"").Append(E(user.Name))
                    .Append("\"><input name=\"password\" type=\"password\" autocomplete=\"new-password\" placeholder=\"新密码\" minlength=\"8\" required>")
                    .Append("<button name=\"action\" value=\"reset\">重设密码</button></form>");
            }
            html.Append("</td></tr>");
        }
        html.Append("</tbody></table></div><h2>添加账号</h2><form class=\"add-account\" method=\"post\" action=\"/admin/users\">").Append(hidden)
            .Append("<label>用户名 <input name=\"name\" required maxlength=\"64\"></label>")
            .Append("<label>密码 <input name=\"password\" type=\"password\" autocomplete=\"new-password\" minlength=\"8\" required></label>")
            .Append("<label>角色 <select name=\"role\"><option value=\"viewer\">领导/查看</option><option value=\"submitter\">地区填报员</option><option value=\"admin\">管理员</option></select></label>")
            .Append("<label>地区（填报员，多个用逗号分隔）<input name=\"regions\" placeholder=\"鸠江区\"></label>")
            .Append("<button name=\"action\" value=\"add\">添加</button></form>");
        context.Response.Headers.CacheControl = "private, no-store";
        return HtmlPage.Simple("账号管理", "admin", html.ToString(), status);
    }

    private static string E(string? text) => HtmlPage.Encode(text ?? "");
}
