using System.Globalization;
using System.Text;
using Analytics.Jobs;
using Analytics.Web.Accounts;
using Analytics.Web.Pages;

namespace Analytics.Web.Endpoints;

/// <summary><c>GET /status</c> (admins): the data version, the digest sends that failed or were skipped, and the last 100 loads (uploads, drop folder, command line).</summary>
public static class StatusEndpoints
{
    public static IEndpointRouteBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/status", async (HttpContext context, SiteData data, IServiceProvider services, CancellationToken cancellation) =>
        {
            if (Access.RequireAdmin(context) is { } refused) return refused;
            var digests = services.GetService<DigestService>();
            var problems = digests is null ? [] : await digests.ProblemsAsync(200, cancellation);
            var html = new StringBuilder("<div class=\"page-head\"><h1>运行状态</h1>")
                .Append("<p class=\"meta\">当前数据版本 <code>").Append(HtmlPage.Encode(data.CurrentVersion() ?? "（尚无数据）")).Append("</code></p></div>")
                .Append("<h2>未成功发送的简报</h2>");
            if (problems.Count == 0)
            {
                html.Append("<p>没有发送失败或被跳过的简报。</p>");
            }
            else
            {
                html.Append("<div class=\"table-scroll\"><table><thead><tr><th>简报</th><th>截至</th><th>收件人</th><th>状态</th><th>尝试次数</th><th>时间</th><th>原因</th></tr></thead><tbody>");
                foreach (var send in problems)
                {
                    html.Append("<tr><td>").Append(HtmlPage.Encode(send.Digest)).Append("</td><td>").Append(send.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                        .Append("</td><td>").Append(HtmlPage.Encode(send.Recipient)).Append("</td><td>").Append(HtmlPage.Encode(send.Status.ToString()))
                        .Append("</td><td class=\"num\">").Append(send.Attempts).Append("</td><td>").Append(send.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
                        .Append("</td><td>").Append(HtmlPage.Encode(send.Error ?? "")).Append("</td></tr>");
                }
                html.Append("</tbody></table></div>");
            }
            // Every load: the site's uploads, the drop folder's imports and failures, the command line's.
            html.Append("<h2>导入记录</h2>").Append(Uploads.UploadPages.History(data.Store.History().Reverse().Take(100), showWho: true));
            context.Response.Headers.CacheControl = "private, no-store";
            return HtmlPage.Simple("运行状态", "status", html.ToString());
        }).ExcludeFromDescription();
        return app;
    }
}
