using System.Globalization;
using System.Text;

namespace Analytics.Core.Dashboards;

/// <summary>
/// The site's URL scheme: a page at <c>/NAME</c>, a chart at <c>/charts/NAME/BLOCK.png</c> (and <c>BLOCK@2x.png</c>), a block's data at
/// <c>/tables/NAME/BLOCK.csv</c>, each with the request in the query (<c>asOf</c>, <c>period</c>, <c>region</c>,
/// URL-encoded). Relative where <paramref name="baseUrl"/> is empty; absolute (for e-mail) with e.g. <c>https://host</c>.
/// </summary>
public sealed class PageLinks(string baseUrl = "")
{
    private readonly string root = baseUrl.TrimEnd('/');

    /// <summary>The base the links start with ("" for relative links).</summary>
    public string BaseUrl => root;

    /// <summary><c>/NAME?asOf=2021-11-30[&amp;region=鸠江区]</c>.</summary>
    public string Page(string name, DateOnly asOf, string? region = null) =>
        $"{root}/{Uri.EscapeDataString(name)}?asOf={Date(asOf)}{Param("region", region)}";

    /// <summary><c>/charts/NAME/BLOCK.png?asOf=…&amp;period=…[&amp;region=…]</c> at 1×, <c>BLOCK@2x.png?…</c> at 2×.</summary>
    public string ChartImage(string name, int block, int scale, PageRequest request) =>
        Chart(name, block, scale == 1 ? "png" : $"@{scale.ToString(CultureInfo.InvariantCulture)}x.png", request);

    /// <summary>The chart drawn <paramref name="width"/> px wide for a phone: <see cref="ChartImage"/> with <c>&amp;w=WIDTH</c>.</summary>
    public string NarrowChartImage(string name, int block, int scale, PageRequest request, int width) =>
        ChartImage(name, block, scale, request) + "&w=" + width.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>/charts/NAME/BLOCK.EXT?asOf=…&amp;period=…[&amp;region=…]</c>; <paramref name="extension"/> is e.g. <c>png</c> or <c>@2x.png</c>.</summary>
    public string Chart(string name, int block, string extension, PageRequest request) =>
        $"{root}/charts/{Uri.EscapeDataString(name)}/{block.ToString(CultureInfo.InvariantCulture)}{(extension.StartsWith('@') ? extension : "." + extension.TrimStart('.'))}{Query(request)}";

    /// <summary><c>/tables/NAME/BLOCK.csv?asOf=…&amp;period=…[&amp;region=…]</c> (<paramref name="extension"/> <c>xlsx</c>: the same data as a workbook).</summary>
    public string Table(string name, int block, PageRequest request, string extension = "csv") =>
        $"{root}/tables/{Uri.EscapeDataString(name)}/{block.ToString(CultureInfo.InvariantCulture)}.{extension}{Query(request)}";

    /// <summary><c>/NAME.EXT?asOf=…&amp;period=…[&amp;region=…]</c>: the page as a document (<c>docx</c>, <c>xlsx</c>).</summary>
    public string Document(string name, string extension, PageRequest request) =>
        $"{root}/{Uri.EscapeDataString(name)}.{extension}{Query(request)}";

    /// <summary>The region page of <paramref name="region"/>.</summary>
    public string Region(string region, DateOnly asOf) => Page("region", asOf, region);

    /// <summary>A link written in a page (e.g. <c>/region?…</c>) made absolute when a base is set.</summary>
    public string Absolute(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? root + url : url;

    private static string Query(PageRequest request) =>
        new StringBuilder("?asOf=").Append(Date(request.AsOf))
            .Append("&period=").Append(PeriodText.Name(request.Period))
            .Append(Param("region", request.Region)).ToString();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Param(string key, string? value) => value is null ? "" : $"&{key}={Uri.EscapeDataString(value)}";
}
