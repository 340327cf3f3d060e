namespace Analytics.Core.Demo;

/// <summary>
/// Fictional company names built from syllables, never taken from a list of real companies; pairs that
/// spell a well-known brand are skipped.
/// </summary>
internal static class InvestorNames
{
    private static readonly string[] First =
        ["瑞", "博", "恒", "鼎", "辰", "嘉", "润", "泰", "卓", "锦", "晟", "启", "弘", "昊", "誉", "凯", "睿", "奕", "铭", "沃", "骏", "翔", "聚", "峰", "澜", "朗", "祺", "煜"];

    private static readonly string[] Second =
        ["拓", "邦", "澄", "驰", "丰", "航", "联", "迈", "纳", "诺", "锐", "图", "维", "昕", "旭", "颐", "宇", "越", "舟", "衡", "屹", "楷", "岚", "湃"];

    private static readonly string[] ForeignSyllables = ["艾", "奥", "贝", "德", "菲", "格", "赫", "卡", "莱", "兰", "里", "玛", "纳", "欧", "普", "萨", "斯", "特", "维", "希"];

    private static readonly HashSet<string> WellKnown = ["恒瑞", "瑞联", "博维", "泰丰", "凯迪", "启航", "嘉宇", "弘宇", "卓越"];

    private static readonly string[] OutsideCities = ["上海", "深圳", "杭州", "苏州", "南京", "宁波", "无锡", "常州", "广州", "东莞", "厦门", "北京", "成都", "武汉", "青岛", "长沙"];

    /// <summary>A two-syllable brand.</summary>
    public static string Brand(DemoRandom random)
    {
        while (true)
        {
            var brand = random.Pick(First) + random.Pick(Second);
            if (!WellKnown.Contains(brand))
            {
                return brand;
            }
        }
    }

    /// <summary>An investor name fitting the investor type and the fund source, with its brand and an industry word of the chain.</summary>
    public static string Create(DemoRandom random, string brand, string investorType, string fundSource, string industryWord) =>
        (investorType, fundSource) switch
        {
            ("央企", _) => $"中{brand}{industryWord}集团有限公司",
            ("地方国企", "产业基金") => $"江城{brand}产业投资基金合伙企业（有限合伙）",
            ("地方国企", "本地资金") => $"江城{brand}投资集团有限公司",
            ("地方国企", _) => $"{random.Pick(OutsideCities)}{brand}{industryWord}控股集团有限公司",
            ("外资", _) => $"{brand}（中国）{industryWord}有限公司",
            ("港澳台", _) => $"{brand}{industryWord}（香港）有限公司",
            (_, "产业基金") => $"{random.Pick(OutsideCities)}{brand}股权投资合伙企业（有限合伙）",
            (_, "本地资金") => $"江城市{brand}{industryWord}有限公司",
            (_, "省外资金") => $"{random.Pick(OutsideCities)}{(random.Chance(0.5) ? "市" : "")}{brand}{industryWord}{Suffix(random)}",
            _ => $"{brand}{industryWord}{Suffix(random)}",
        };

    /// <summary>A three-syllable transliteration-like brand for a foreign investor.</summary>
    public static string ForeignBrand(DemoRandom random) =>
        random.Pick(ForeignSyllables) + random.Pick(ForeignSyllables) + random.Pick(ForeignSyllables);

    private static readonly string[] Suffixes = ["有限公司", "股份有限公司", "集团有限公司"];

    private static string Suffix(DemoRandom random) => random.Pick(Suffixes);
}
