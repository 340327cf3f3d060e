using Analytics.Core.Ingest;

namespace Analytics.Core.Demo;

/// <summary>The 地区 ledger of 江城市: the regions' types, official order and lead chains; the city's 战略性新兴产业 chains.</summary>
internal static class DemoRegions
{
    /// <summary>The official order (中心城区, then 县, then the zones), which is not the order the projects ledger first names them in.</summary>
    private static readonly (string Region, string Type)[] Official =
    [
        ("鸠江区", "中心城区"), ("东湖区", "中心城区"), ("临江县", "县市"), ("青山县", "县市"),
        ("经开区", "开发区"), ("高新区", "开发区"), ("江北新区", "开发区"),
    ];

    /// <summary>The chains the city counts as 战略性新兴产业 (not farming and food, home appliances or services).</summary>
    public static readonly IReadOnlyList<string> StrategicChains =
        ["新能源汽车", "新一代信息技术", "生物医药", "高端装备制造", "新材料", "节能环保", "航空航天"];

    public static readonly IReadOnlyList<RegionRecord> Records = Build();

    private static List<RegionRecord> Build()
    {
        var records = new List<RegionRecord> { new(DemoVocabulary.WholeCity, null, null, null, string.Join("、", StrategicChains)) };
        for (var i = 0; i < Official.Length; i++)
        {
            var (region, type) = Official[i];
            var (a, b) = DemoVocabulary.LeadChains[IndexOf(region)];
            records.Add(new RegionRecord(region, type, i + 1, $"{DemoVocabulary.IndustryChains[a]}、{DemoVocabulary.IndustryChains[b]}", null));
        }

        return records;
    }

    private static int IndexOf(string region)
    {
        for (var i = 0; i < DemoVocabulary.Regions.Count; i++)
        {
            if (DemoVocabulary.Regions[i] == region)
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown region '{region}'.", nameof(region));
    }
}
