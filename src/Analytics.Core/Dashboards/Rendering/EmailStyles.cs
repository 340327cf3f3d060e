namespace Analytics.Core.Dashboards.Rendering;

/// <summary>
/// The inline styles an e-mail gets in place of the site's stylesheet, by the class names the web page uses (see
/// dashboards/README.md), and for the Markdown elements. Plain, table-based, readable without images.
/// </summary>
internal static class EmailStyles
{
    private const string Cell = "padding:4px 8px;border-bottom:1px solid #e5e5e5;";

    private static readonly Dictionary<string, string> Classes = new(StringComparer.Ordinal)
    {
        ["block"] = "margin:16px 0;",
        ["block-title"] = "font-size:15px;font-weight:bold;margin:16px 0 8px;color:#222;",
        ["kpi-row"] = "border-collapse:separate;border-spacing:6px;width:100%;table-layout:fixed;margin:8px 0;",
        ["kpi"] = "padding:10px 12px;border:1px solid #ddd;border-radius:4px;vertical-align:top;background:#fafafa;",
        ["kpi-label"] = "font-size:13px;color:#555;margin:0;",
        ["kpi-value"] = "font-size:22px;font-weight:bold;color:#222;margin:4px 0;",
        ["kpi-compare"] = "font-size:12px;color:#555;margin:0;",
        ["data-table"] = "border-collapse:collapse;width:100%;font-size:13px;margin:8px 0;",
        ["ranking"] = "border-collapse:collapse;width:100%;font-size:13px;margin:8px 0;",
        ["lights"] = "border-collapse:collapse;width:100%;font-size:13px;margin:8px 0;",
        ["projects"] = "border-collapse:collapse;width:100%;font-size:13px;margin:8px 0;",
        ["table-scroll"] = "overflow-x:auto;max-width:100%;",
        ["head"] = "text-align:left;padding:4px 8px;border-bottom:2px solid #333;white-space:nowrap;",
        ["cell"] = Cell + "text-align:left;",
        ["num"] = Cell + "text-align:right;white-space:nowrap;",
        ["region"] = "white-space:nowrap;",
        ["caption"] = "font-size:13px;color:#555;text-align:left;margin:4px 0;",
        ["light-red"] = "color:#b3261e;font-weight:bold;",
        ["light-yellow"] = "color:#8a6100;font-weight:bold;",
        ["light-green"] = "color:#1a7f37;font-weight:bold;",
        ["rank-up"] = "color:#1a7f37;",
        ["rank-down"] = "color:#b3261e;",
        ["narrative"] = "line-height:1.8;margin:8px 0;",
        ["block-error"] = "border:1px solid #b3261e;background:#fdecea;color:#b3261e;padding:8px 12px;margin:12px 0;",
        ["figure-error"] = "color:#b3261e;",
        ["suppressed-note"] = "font-size:12px;color:#666;margin-top:24px;",
        ["chart"] = "margin:16px 0;",
        ["downloads"] = "font-size:12px;margin:4px 0;",
        ["summary"] = "margin:4px 0 8px;",
        ["message"] = "padding:8px 12px;background:#f5f5f5;margin:12px 0;",
        ["empty"] = "color:#666;margin:4px 0;",
    };

    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["h1"] = "font-size:22px;margin:16px 0 8px;color:#222;",
        ["h2"] = "font-size:18px;margin:20px 0 8px;padding-bottom:4px;border-bottom:1px solid #ddd;color:#222;",
        ["h3"] = "font-size:16px;margin:16px 0 8px;color:#222;",
        ["p"] = "margin:0 0 12px;line-height:1.7;",
        ["list"] = "margin:0 0 12px;padding-left:24px;line-height:1.7;",
        ["a"] = "color:#1a5fb4;",
        ["blockquote"] = "margin:0 0 12px;padding-left:12px;border-left:3px solid #ddd;color:#555;",
        ["table"] = "border-collapse:collapse;font-size:13px;margin:8px 0;",
    };

    /// <summary>The style of a class ("" where the class needs none in e-mail).</summary>
    public static string For(string cssClass) =>
        string.Concat(cssClass.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => Classes.GetValueOrDefault(c, "")));

    /// <summary>The style of a Markdown element in e-mail: h1, h2, h3, p, list, a, blockquote, table.</summary>
    public static string ForTag(string tag) => Tags.GetValueOrDefault(tag, "");
}
