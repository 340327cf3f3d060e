namespace Analytics.Core.Ingest.Ledgers;

/// <summary>
/// 投资方所在地 as the models group it: a mainland province under its short name (江苏省 → 江苏,
/// 广西壮族自治区 → 广西), 香港 / 澳门 / 台湾 and countries outside the mainland as written without suffix.
/// </summary>
public static class InvestorOrigins
{
    /// <summary>The 31 province-level divisions of the mainland, by short name.</summary>
    public static readonly IReadOnlyList<string> Provinces =
    [
        "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
        "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆",
    ];

    /// <summary>Places outside the mainland a ledger commonly names; any other text is kept as written, with a warning.</summary>
    public static readonly IReadOnlyList<string> Abroad =
    [
        "香港", "澳门", "台湾", "日本", "韩国", "新加坡", "美国", "德国", "英国", "法国", "意大利", "荷兰", "瑞士", "瑞典", "比利时", "奥地利",
        "丹麦", "芬兰", "挪威", "西班牙", "爱尔兰", "卢森堡", "加拿大", "澳大利亚", "新西兰", "以色列", "泰国", "马来西亚", "印度尼西亚",
        "越南", "印度", "阿联酋", "沙特阿拉伯", "俄罗斯", "巴西", "墨西哥", "开曼群岛", "英属维尔京群岛", "百慕大",
    ];

    private static readonly string[] Suffixes =
        ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市", "地区"];

    /// <summary>The short name of a place; false when it is neither a province nor a known place abroad (the text is then returned trimmed).</summary>
    public static bool TryNormalise(string text, out string name)
    {
        name = text.Trim();
        if (name.StartsWith("中国", StringComparison.Ordinal) && name.Length > 2) name = name[2..];
        foreach (var suffix in Suffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
                break;
            }
        }
        if (Provinces.Contains(name) || Abroad.Contains(name)) return true;
        name = text.Trim();
        return Provinces.Contains(name) || Abroad.Contains(name);
    }
}
