namespace SpreadsheetBenchmark;

/// <summary>One generated project row of a 项目台账, deterministic from its number; dates as Excel serials.</summary>
internal readonly record struct LedgerRow(
    string ProjectId, string Name, string Region, string Chain, string FundSource,
    double Investment, int Signed, int? Started, string Status, string? Remark)
{
    public const int Columns = 10;

    /// <summary>Rows in a block of the same region (merged vertically in the xlsx, as ledgers do).</summary>
    public const int RegionBlock = 20;

    public static readonly string Title = "2024年招商引资项目台账";

    public static readonly string[] Headers =
        ["项目编号", "项目名称", "所属地区", "产业链", "资金来源", "协议总投资(亿元)", "签约日期", "开工日期", "项目状态", "备注"];

    /// <summary>The second title row of an office file, which states the unit of amounts.</summary>
    public static readonly string Unit = "填报单位：江城市投资促进中心　金额单位：万元";

    /// <summary>The header of a column; an office file states amounts in 万元.</summary>
    public static string HeaderOf(int column, bool office) => office && column == 5 ? "协议总投资(万元)" : Headers[column];

    /// <summary>The investment in 万元 written as text with thousands separators, as offices type it.</summary>
    public string InvestmentText => (Investment * 10_000).ToString("#,##0.0", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] Regions = ["高新区", "经开区", "东城区", "西城区", "南湖县", "北山县", "临江县", "新港区", "综保区", "滨海新区", "青山镇", "云谷产业园"];
    private static readonly string[] Chains = ["新能源汽车", "新一代信息技术", "生物医药", "高端装备制造", "新材料", "绿色食品", "现代物流", "文化旅游"];
    private static readonly string[] Funds = ["省外资金", "省内市外资金", "本地资金", "外资", "产业基金"];
    private static readonly string[] Statuses = ["在谈", "已签约", "已开工", "已投产", "已入统", "已终止"];
    private static readonly string[] Products = ["动力电池", "智能终端", "创新药", "数控机床", "碳纤维", "预制菜", "冷链仓储", "文旅综合体", "光伏组件", "芯片封测", "医疗器械", "氢能装备"];

    public static LedgerRow Create(int i)
    {
        var signed = 43831 + i % 1500;
        return new LedgerRow(
            $"XM{2020 + i % 5}-{i:D7}",
            $"年产{i % 90 + 10}万套{Products[i % Products.Length]}项目（{i}）",
            Regions[i / RegionBlock % Regions.Length],
            Chains[i % Chains.Length],
            Funds[i % Funds.Length],
            i * 7919L % 100_000 / 100.0,
            signed,
            i % 3 == 0 ? null : signed + 30 + i % 200,
            Statuses[i % Statuses.Length],
            i % 10 == 0 ? "重点项目,已列入省级清单" : null);
    }
}
