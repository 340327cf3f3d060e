using Analytics.Charts;
using Analytics.Charts.Specs;
using Analytics.Mail;

namespace Analytics.Tests.Mail;

/// <summary>Digest content as a page would give it: the worked example's figures in HTML and text, and a real ranking chart as PNG.</summary>
public static class SampleDigest
{
    public const string Subject = "招商引资周报（截至2021年11月28日）";
    public const string Headline = "新签约亿元以上项目643个，较去年同期增加233个";
    public const string Funds = "实际到位资金1,447.0亿元，同比增长14.4%";

    private static readonly Lazy<byte[]> RankingPng = new(() => Chart.RenderPng(new RankingChartSpec
    {
        Title = "各地区新签约亿元以上项目数",
        Format = ValueFormat.Count("个"),
        Items = [new("经开区", 137), new("鸠江区", 121), new("弋江区", 96), new("三山区", 80)],
    }));

    private static readonly Lazy<byte[]> BarPng = new(() => Chart.RenderPng(new BarChartSpec
    {
        Title = "实际到位资金",
        Categories = ["2020年", "2021年"],
        Series = [new ChartSeries("1—11月", [1264.9m, 1447.0m])],
    }));

    public static byte[] Ranking => RankingPng.Value;

    public static byte[] Bar => BarPng.Value;

    public static DigestContent Content(string link = "https://stats.jiangcheng.gov.cn/dashboards/weekly-briefing?as_of=2021-11-28") => new(
        Subject,
        "招商引资周报",
        $"""
        <p style="margin:0 0 12px 0">{Headline}。{Funds}。</p>
        <img src="cid:chart-1@digest" alt="各地区新签约亿元以上项目数" width="600" style="display:block;width:100%;max-width:600px">
        <img src="cid:chart-2@digest" alt="实际到位资金" width="600" style="display:block;width:100%;max-width:600px">
        """,
        $"{Headline}。{Funds}。\n\n各地区新签约亿元以上项目数：经开区137个、鸠江区121个、弋江区96个、三山区80个。",
        [new InlineImage("chart-1@digest", Ranking, "各地区新签约亿元以上项目数"), new InlineImage("chart-2@digest", Bar, "实际到位资金")],
        link);
}
