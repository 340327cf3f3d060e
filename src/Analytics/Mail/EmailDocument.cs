using System.Net;

namespace Analytics.Mail;

/// <summary>
/// The HTML document around a page's e-mail body (which carries its own heading): a table layout at most 640 px wide
/// (fixed, so that images and tables inside shrink to a phone's width rather than widen the message) with
/// inline styles only (mail clients drop style sheets), the body, and the link to the page on the site.
/// </summary>
public static class EmailDocument
{
    private const string Font = "font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif";

    /// <summary>A complete HTML document (UTF-8) for the message's HTML part.</summary>
    public static string Html(DigestContent content)
    {
        var title = WebUtility.HtmlEncode(content.Title);
        var link = WebUtility.HtmlEncode(content.PageLink);
        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{title}</title></head>
            <body style="margin:0;padding:0;background:#f3f5f8;{Font};color:#1f2933">
            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f8">
            <tr><td align="center" style="padding:8px 4px">
            <table role="presentation" width="640" cellpadding="0" cellspacing="0" style="max-width:640px;width:100%;table-layout:fixed;background:#ffffff;border:1px solid #d9dee5">
            <tr><td style="padding:8px 12px 16px 12px;overflow-wrap:break-word;{Font};font-size:14px;line-height:1.6">
            {content.Html}
            </td></tr>
            <tr><td style="padding:12px 12px 20px 12px;border-top:1px solid #d9dee5;{Font};font-size:13px;color:#52606d">
            <a href="{link}" style="color:#0b5cad">在网站上查看完整页面</a>
            </td></tr>
            </table>
            </td></tr>
            </table>
            </body>
            </html>
            """;
    }

    /// <summary>The plain-text part: the page's text, then the link.</summary>
    public static string Text(DigestContent content) =>
        $"{content.Text.TrimEnd()}\n\n在网站上查看完整页面：{content.PageLink}\n";
}
