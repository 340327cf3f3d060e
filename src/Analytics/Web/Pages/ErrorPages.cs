using System.Text;
using System.Text.Encodings.Web;

namespace Analytics.Web.Pages;

/// <summary>Short HTML pages for errors: what went wrong in Chinese, a way back, never a stack trace.</summary>
public static class ErrorPages
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IResult Html(int status, string title, string message)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(Encoder.Encode(title)).Append("</title>").Append(Endpoints.AssetEndpoints.HeadLinks).Append("</head><body>");
        html.Append("<main class=\"error-page\"><h1>").Append(Encoder.Encode(title)).Append("</h1><p>")
            .Append(Encoder.Encode(message)).Append("</p><p><a href=\"/\">返回首页</a></p></main></body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    public static IResult NotFound(string what) => Html(StatusCodes.Status404NotFound, "页面不存在", what);

    public static IResult BadRequest(string message) => Html(StatusCodes.Status400BadRequest, "请求有误", message);

    public static IResult NoData() =>
        Html(StatusCodes.Status503ServiceUnavailable, "尚无数据", "还没有导入任何台账：请运行 analytics import 导入台账，或 analytics demo 生成示例数据。");
}
