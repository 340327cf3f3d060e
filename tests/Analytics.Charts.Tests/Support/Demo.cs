namespace Analytics.Charts.Tests.Support;

/// <summary>The fictional city's members and figures used by the test specs.</summary>
internal static class Demo
{
    public static readonly string[] Regions = ["鸠江区", "江北新区", "高新区", "经开区", "临江县", "青山县", "东湖区"];

    public static readonly string[] Chains =
    [
        "新能源汽车", "新一代信息技术", "生物医药", "高端装备制造", "新材料",
        "节能环保", "现代农业与食品", "智能家电", "航空航天", "现代服务业",
    ];

    public static readonly string[] FundSources = ["省外资金", "省内市外资金", "本地资金", "外资", "产业基金"];

    public static readonly string[] Months = ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"];

    public const string Xss = "<script>alert(1)</script>";
    public const string XssAttribute = "\"><img src=x onerror=alert(1)>";

    /// <summary>Values as nullable decimals.</summary>
    public static IReadOnlyList<decimal?> Values(params decimal[] values) => values.Select(v => (decimal?)v).ToList();
}
