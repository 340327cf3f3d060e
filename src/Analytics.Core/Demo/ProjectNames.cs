namespace Analytics.Core.Demo;

/// <summary>Project name patterns per industry chain; <c>#</c> takes one of the listed capacities.</summary>
internal static class ProjectNames
{
    /// <summary>
    /// A name pattern, the capacities its <c>#</c> takes (ascending, the larger for larger investments),
    /// its 项目类型 (工业 unless given) and the smallest band it fits.
    /// </summary>
    public sealed record Pattern(string Text, int[] Numbers, string Type = "工业", InvestmentBand MinBand = InvestmentBand.Under1);

    private static Pattern P(string text, params int[] numbers) => new(text, numbers);

    private static Pattern S(string text, params int[] numbers) => new(text, numbers, "服务业");

    private static Pattern A(string text, params int[] numbers) => new(text, numbers, "农业");

    private static Pattern Big(this Pattern pattern, InvestmentBand band = InvestmentBand.From10) => pattern with { MinBand = band };

    /// <summary>Patterns in the order of <see cref="DemoVocabulary.IndustryChains"/>.</summary>
    public static readonly IReadOnlyList<IReadOnlyList<Pattern>> ByChain =
    [
        [
            P("年产#万辆新能源整车项目", 5, 10, 20, 30).Big(InvestmentBand.From20), P("#GWh动力电池电芯及模组项目", 2, 5, 10, 20).Big(), P("新能源汽车零部件产业园项目"),
            P("年产#万套电驱动系统总成项目", 10, 30, 50, 100), P("汽车轻量化铝合金部件项目"), P("充换电设备智能制造项目"),
            P("车规级功率模块封装测试项目"), P("年产#万套智能座舱系统项目", 20, 50, 100), P("动力电池回收利用项目"), P("氢燃料电池系统项目"),
        ],
        [
            P("集成电路封装测试项目"), P("新型显示模组项目"), P("年产#万片硅基外延片项目", 12, 24, 36).Big(), S("工业互联网平台项目"),
            S("#个机柜数据中心项目", 3000, 5000, 8000).Big(), P("智能终端生产基地项目"), P("5G通信模块研发生产项目"),
            S("软件和信息服务产业园项目"), P("MEMS传感器芯片项目"), P("光电子器件项目"),
        ],
        [
            P("高端医疗器械产业园项目"), P("创新药研发及产业化项目"), P("生物制剂生产基地项目"), P("原料药绿色生产项目"),
            P("体外诊断试剂项目"), P("年产#亿支医用耗材项目", 1, 3, 5), P("中药饮片及配方颗粒项目"), P("疫苗研发生产项目").Big(),
            S("医药合同研发生产服务平台项目"),
        ],
        [
            P("工业机器人及核心零部件项目"), P("高端数控机床生产基地项目"), P("智能制造装备产业园项目"),
            P("年产#台套高端液压件项目", 5000, 10000, 30000), P("精密减速器项目"), P("轨道交通装备配套项目"),
            P("智能物流装备项目"), P("激光加工设备项目"), P("年产#台工程机械项目", 2000, 5000),
        ],
        [
            P("年产#万吨高性能复合材料项目", 1, 3, 5, 10), P("电子级化学品项目"), P("年产#万吨锂电池正极材料项目", 2, 5, 10),
            P("高端铝基新材料项目"), P("特种玻璃项目"), P("碳纤维及制品项目"), P("光伏新材料项目"),
            P("年产#万吨生物可降解材料项目", 5, 10, 20),
        ],
        [
            P("固体废物资源化利用项目"), P("#GW光伏组件生产项目", 1, 2, 5), S("分布式光伏电站项目"), P("污水处理设备制造项目"),
            S("#MWh新型储能电站项目", 100, 200, 400), P("节能环保装备产业园项目"), P("废旧动力电池综合利用项目"), P("生物质能源项目"),
        ],
        [
            P("农产品精深加工项目"), P("年产#万吨预制菜项目", 2, 5, 10), A("现代农业产业园项目"), S("冷链物流中心项目"),
            A("生态养殖基地项目"), A("智慧农业示范园项目"), P("休闲食品生产项目"), P("粮油精深加工项目"), S("中央厨房项目"),
        ],
        [
            P("智能家电整机生产项目"), P("年产#万台智能空调项目", 100, 200, 300), P("家电核心零部件项目"), P("智能厨电产业园项目"),
            P("年产#万台压缩机项目", 300, 500), P("小家电智能制造基地项目"), P("智能家居系统项目"),
        ],
        [
            S("通用航空产业园项目").Big(), P("无人机研发生产项目"), P("航空零部件精密制造项目"), S("卫星应用产业园项目"),
            P("航空复合材料构件项目"), S("飞行培训基地项目"), P("航空发动机零部件项目"),
        ],
        [
            S("城市商业综合体项目").Big(), S("区域总部基地项目"), S("文旅综合体项目").Big(), S("智慧物流园项目"), S("科技孵化器项目"),
            S("康养综合体项目"), S("星级酒店项目"), S("电商直播基地项目"), S("供应链管理中心项目"), S("会展中心项目").Big(),
        ],
    ];

    /// <summary>Industry words that go into investor names, in the order of <see cref="DemoVocabulary.IndustryChains"/>.</summary>
    public static readonly IReadOnlyList<string[]> IndustryWords =
    [
        ["新能源", "汽车科技", "动力科技"],
        ["电子", "信息技术", "半导体", "微电子"],
        ["生物科技", "医药", "医疗器械"],
        ["智能装备", "机械", "精密制造"],
        ["新材料", "材料科技"],
        ["环保科技", "能源科技", "环境工程"],
        ["食品", "农业发展", "农业科技"],
        ["电器", "智能家居"],
        ["航空科技", "航空装备"],
        ["置业", "商业管理", "供应链管理", "文化旅游"],
    ];
}
