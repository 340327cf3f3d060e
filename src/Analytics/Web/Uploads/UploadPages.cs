using System.Globalization;
using System.Text;
using Analytics.Core.Ingest.Ledgers;
using Analytics.Core.Ingest.Store;
using Analytics.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;

namespace Analytics.Web.Uploads;

/// <summary>The upload form, its result (the new version, or a table of the problems to fix), and the list of uploads.</summary>
public static class UploadPages
{
    private static string E(string? text) => HtmlPage.Encode(text ?? "");

    /// <summary>The form: files (<c>files</c>, one or more), the kind (detected by default), the anti-forgery token.</summary>
    public static string Form(HttpContext context, IAntiforgery antiforgery, IReadOnlyList<string> regions, int maxMegabytes)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = new StringBuilder("<h2>上报台账</h2>");
        html.Append(regions.Count > 0
            ? $"<p>你负责的地区：{E(string.Join("、", regions))}。文件中只能包含这些地区的行；同名文件会替换之前上报的文件。</p>"
            : "<p>上传的台账与命令行导入相同：全部通过检查才会生效，同名文件替换之前的文件。</p>");
        html.Append("<form class=\"upload\" method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">")
            .Append("<input type=\"hidden\" name=\"").Append(E(tokens.FormFieldName)).Append("\" value=\"").Append(E(tokens.RequestToken)).Append("\">")
            .Append("<label>台账文件（xlsx、xls 或 csv，每个不超过 ").Append(maxMegabytes).Append(" MB）<input type=\"file\" name=\"files\" multiple required accept=\".xlsx,.xls,.csv\"></label>")
            .Append("<label>台账类型 <select name=\"kind\"><option value=\"\">自动识别</option><option value=\"projects\">项目台账</option>")
            .Append("<option value=\"funds\">资金到位台账</option><option value=\"targets\">目标任务</option><option value=\"activities\">招商活动台账</option>")
            .Append("<option value=\"regions\">地区</option><option value=\"external_ranks\">外部排名</option></select></label>")
            .Append("<button type=\"submit\">上传并导入</button></form>")
            .Append("<p><a href=\"/uploads\">我的上报记录</a></p>");
        return html.ToString();
    }

    /// <summary>The outcome above the form: what was imported, or every problem located (file › sheet › row › column).</summary>
    public static string Outcome(UploadOutcome outcome, string? regionPage)
    {
        var html = new StringBuilder();
        if (outcome.Busy)
            return "<p class=\"form-error\" role=\"alert\">另一个导入正在进行，请稍后重试；你的文件没有导入。</p>";
        if (outcome.Succeeded)
        {
            html.Append("<div class=\"upload-ok\" role=\"status\"><h2>导入成功</h2><p>当前数据版本 <code class=\"version\">").Append(E(outcome.VersionId)).Append("</code></p>")
                .Append("<table><thead><tr><th>文件</th><th class=\"num\">行数</th></tr></thead><tbody>");
            foreach (var name in outcome.Files)
                html.Append("<tr><td>").Append(E(name)).Append("</td><td class=\"num\">").Append(outcome.Rows.GetValueOrDefault(name).ToString("N0", CultureInfo.InvariantCulture)).Append("</td></tr>");
            html.Append("</tbody></table>");
            if (regionPage is not null) html.Append("<p><a href=\"").Append(E(regionPage)).Append("\">查看地区页面</a></p>");
            html.Append("</div>");
            if (outcome.Problems.WarningCount > 0) Problems(html, outcome.Problems, "警告");
            return html.ToString();
        }
        html.Append("<div class=\"upload-failed\" role=\"alert\"><h2>导入失败，数据未改变</h2><p>共 ").Append(outcome.Problems.ErrorCount)
            .Append(" 个错误、").Append(outcome.Problems.WarningCount).Append(" 个警告。请按下表修改文件后重新上传。</p></div>");
        Problems(html, outcome.Problems, null);
        return html.ToString();
    }

    private static void Problems(StringBuilder html, ProblemLog problems, string? caption)
    {
        html.Append("<div class=\"table-scroll\"><table class=\"problems\">");
        if (caption is not null) html.Append("<caption>").Append(E(caption)).Append("</caption>");
        html.Append("<thead><tr><th>文件</th><th>工作表</th><th class=\"num\">行</th><th>列</th><th>问题</th><th>发现</th><th>应为</th></tr></thead><tbody>");
        foreach (var p in problems.Listed.OrderBy(p => p.Severity).ThenBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Row))
        {
            html.Append("<tr class=\"").Append(p.Severity == ProblemSeverity.Error ? "error" : "warning").Append("\"><td>").Append(E(p.File))
                .Append("</td><td>").Append(E(p.Sheet)).Append("</td><td class=\"num\">").Append(p.Row?.ToString(CultureInfo.InvariantCulture) ?? "")
                .Append("</td><td>").Append(E(p.Column)).Append("</td><td>").Append(E(p.WhatZh)).Append("<br><small lang=\"en\">").Append(E(p.WhatEn))
                .Append("</small></td><td>").Append(E(p.Found)).Append("</td><td>").Append(E(p.ExpectedZh)).Append("</td></tr>");
        }
        html.Append("</tbody></table></div>");
        foreach (var (file, count) in problems.Unlisted) html.Append("<p>").Append(E(file)).Append("：另有 ").Append(count).Append(" 个问题未列出。</p>");
    }

    /// <summary>The loads of the history, newest first: who (for admins), when, which files, errors, warnings, the version.</summary>
    public static string History(IEnumerable<LoadRecord> loads, bool showWho)
    {
        var html = new StringBuilder("<div class=\"table-scroll\"><table class=\"loads\"><thead><tr>");
        if (showWho) html.Append("<th>来源</th>");
        html.Append("<th>时间</th><th>文件</th><th>结果</th><th class=\"num\">错误</th><th class=\"num\">警告</th><th>数据版本</th><th>说明</th></tr></thead><tbody>");
        var any = false;
        foreach (var load in loads)
        {
            any = true;
            html.Append("<tr>");
            if (showWho) html.Append("<td>").Append(E(Who(load.Action))).Append("</td>");
            html.Append("<td>").Append(load.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(string.Join("、", load.Files)))
                .Append("</td><td>").Append(load.Succeeded ? "成功" : "失败").Append("</td><td class=\"num\">").Append(load.Errors)
                .Append("</td><td class=\"num\">").Append(load.Warnings).Append("</td><td><code>").Append(E(load.VersionId)).Append("</code></td><td>")
                .Append(E(string.Join("；", load.Messages.Take(3)))).Append("</td></tr>");
        }
        if (!any) html.Append("<tr><td colspan=\"8\">还没有记录。</td></tr>");
        return html.Append("</tbody></table></div>").ToString();
    }

    /// <summary>Who a load's action names: <c>upload:NAME</c>, the drop folder, the command line, the demo.</summary>
    public static string Who(string action) => action switch
    {
        _ when action.StartsWith("upload:", StringComparison.Ordinal) => "网站上报 · " + action["upload:".Length..],
        "inbox" => "投递目录",
        "import" => "命令行导入",
        "remove" => "命令行移除",
        "demo" => "示例数据",
        _ => action,
    };
}
