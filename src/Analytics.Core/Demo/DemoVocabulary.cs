namespace Analytics.Core.Demo;

/// <summary>The fixed words of the demo city: its regions, industry chains, fund sources and the ledgers' categories.</summary>
internal static class DemoVocabulary
{
    public const string City = "江城市";

    /// <summary>The region name targets use for the whole city.</summary>
    public const string WholeCity = "全市";

    /// <summary>The first year with ledgers.</summary>
    public const int FirstYear = 2019;

    public static readonly IReadOnlyList<string> Regions = ["鸠江区", "江北新区", "高新区", "经开区", "临江县", "青山县", "东湖区"];

    /// <summary>Relative share of projects per region, in the order of <see cref="Regions"/>.</summary>
    public static readonly IReadOnlyList<double> RegionWeights = [18, 12, 16, 20, 10, 9, 15];

    public static readonly IReadOnlyList<string> IndustryChains =
    [
        "新能源汽车", "新一代信息技术", "生物医药", "高端装备制造", "新材料",
        "节能环保", "现代农业与食品", "智能家电", "航空航天", "现代服务业",
    ];

    /// <summary>Each region's two lead chains (indexes into <see cref="IndustryChains"/>), drawn three times as often.</summary>
    public static readonly IReadOnlyList<(int, int)> LeadChains = [(0, 3), (1, 8), (1, 2), (0, 7), (4, 5), (6, 5), (9, 2)];

    public const string OutsideProvince = "省外资金";

    public static readonly IReadOnlyList<string> FundSources = [OutsideProvince, "省内市外资金", "本地资金", "外资", "产业基金"];

    /// <summary>Relative share of each fund source, in the order of <see cref="FundSources"/>.</summary>
    public static readonly IReadOnlyList<double> FundSourceWeights = [70, 12, 10, 4, 4];

    public static readonly IReadOnlyList<string> InvestorTypes = ["央企", "地方国企", "民营", "外资", "港澳台"];

    public static readonly IReadOnlyList<string> Methods = ["产业链招商", "基金招商", "以商招商", "驻点招商", "委托招商", "云招商"];

    public static readonly IReadOnlyList<string> ActivityTypes = ["外出招商", "来访接待", "拜访企业", "集中签约", "推介会"];

    public static readonly IReadOnlyList<string> Indicators = ["新签约亿元以上项目数", "新开工亿元以上项目数", "实际到位资金(亿元)", "签约总投资(亿元)"];

    public const string Negotiating = "在谈";
    public const string Signed = "已签约";
    public const string Started = "已开工";
    public const string Producing = "已投产";
    public const string InStats = "已入统";
    public const string Terminated = "已终止";
}
