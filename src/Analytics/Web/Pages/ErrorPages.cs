namespace Analytics.Web.Pages;

/// <summary>Short HTML pages for errors: what went wrong in Chinese, a way back, never a stack trace.</summary>
public static class ErrorPages
{
    public static IResult Html(int status, string title, string message) =>
        HtmlPage.Simple(title, "error-page",
            $"<h1>{HtmlPage.Encode(title)}</h1><p>{HtmlPage.Encode(message)}</p><p><a href=\"/\">返回首页</a></p>", status);

    public static IResult NotFound(string what) => Html(StatusCodes.Status404NotFound, "页面不存在", what);

    public static IResult BadRequest(string message) => Html(StatusCodes.Status400BadRequest, "请求有误", message);

    public static IResult NoData() =>
        Html(StatusCodes.Status503ServiceUnavailable, "尚无数据", "还没有导入任何台账：请运行 analytics import 导入台账，或 analytics demo 生成示例数据。");
}
