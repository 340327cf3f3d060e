using Analytics.Core.Ingest;

namespace Analytics.Core.Demo;

/// <summary>招商活动台账: each region's trips, visits, receptions, signing ceremonies and promotion events, month by month.</summary>
internal static class ActivityGenerator
{
    // 外出招商, 来访接待, 拜访企业, 集中签约, 推介会
    private static readonly double[] TypeWeights = [25, 25, 30, 8, 12];

    private static readonly string[] Cities = ["上海", "深圳", "杭州", "苏州", "北京", "广州", "南京", "宁波", "无锡", "东莞", "厦门", "成都"];

    public static IReadOnlyList<ActivityRecord> Generate(int seed, DateOnly today)
    {
        var random = new DemoRandom(seed, 104729);
        var activities = new List<ActivityRecord>();
        for (var month = new DateOnly(DemoVocabulary.FirstYear, 1, 1); month <= today; month = month.AddMonths(1))
        {
            var lastDay = Math.Min(DateTime.DaysInMonth(month.Year, month.Month), month.Year == today.Year && month.Month == today.Month ? today.Day : 31);
            var monthly = new List<ActivityRecord>();
            for (var r = 0; r < DemoVocabulary.Regions.Count; r++)
            {
                // Bigger regions are busier.
                var rows = 2 + random.Next(3) + (int)(DemoVocabulary.RegionWeights[r] / 6);
                for (var n = 0; n < rows; n++)
                {
                    var type = random.PickWeighted(TypeWeights);
                    var date = month.AddDays(random.Next(lastDay));
                    var chain = random.Pick(DemoVocabulary.IndustryChains);
                    var city = random.Pick(Cities);
                    var (count, note) = type switch
                    {
                        0 => (random.Between(1, 3), $"赴{city}开展{chain}产业链招商"),
                        1 => (random.Between(1, 5), $"接待{city}{chain}企业考察团"),
                        2 => (random.Between(2, 12), $"走访{chain}重点企业及在谈项目"),
                        3 => (1, $"{month.Month}月重大项目集中签约，签约项目{random.Between(5, 20)}个"),
                        _ => (1, $"在{city}举办{chain}产业投资推介会"),
                    };
                    monthly.Add(new ActivityRecord(date, DemoVocabulary.Regions[r], DemoVocabulary.ActivityTypes[type], count, note));
                }
            }

            // Stable order: by date, then as drawn (List.Sort is not stable, so order by an index).
            activities.AddRange(monthly.Select((a, i) => (a, i)).OrderBy(x => x.a.Date).ThenBy(x => x.i).Select(x => x.a));
        }

        return activities;
    }
}
