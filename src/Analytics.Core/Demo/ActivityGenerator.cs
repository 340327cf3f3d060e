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
        var details = new DemoRandom(seed, 104729, 0x2ED3);
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

            // The second edition's columns and online signings from a stream of their own, so the rows above stay as drawn.
            for (var i = 0; i < monthly.Count; i++)
            {
                monthly[i] = WithDetails(details, monthly[i]);
            }

            if (month.Year >= 2020 && month.Month % 3 == 0 && details.Chance(0.8))
            {
                var signedProjects = details.Between(4, 15);
                monthly.Add(new ActivityRecord(month.AddDays(details.Next(lastDay)), details.Pick(DemoVocabulary.Regions), "云签约", 1,
                    $"{month.Month}月重点项目云签约，签约项目{signedProjects}个", "市级领导", signedProjects, null, null, signedProjects));
            }

            // Stable order: by date, then as drawn (List.Sort is not stable, so order by an index).
            activities.AddRange(monthly.Select((a, i) => (a, i)).OrderBy(x => x.a.Date).ThenBy(x => x.i).Select(x => x.a));
        }

        return activities;
    }

    /// <summary>带队领导, 企业数, 客商人数, 目的地 and 签约项目数 as the row's type and note imply.</summary>
    private static ActivityRecord WithDetails(DemoRandom random, ActivityRecord a)
    {
        var leader = Leaders[random.PickWeighted(a.ActivityType is "集中签约" ? [80, 20, 0] : [20, 50, 30])];
        return a.ActivityType switch
        {
            "外出招商" => a with { Leader = leader, Enterprises = a.Count * random.Between(2, 4), Destination = Destination(a.Note) },
            "来访接待" => a with { Leader = leader, Enterprises = a.Count, Visitors = a.Count * random.Between(3, 8) },
            "拜访企业" => a with { Leader = leader, Enterprises = a.Count + random.Between(0, 3) },
            "集中签约" => a with { Leader = leader, SignedProjects = SignedInNote(a.Note) },
            _ => a with { Leader = leader, Visitors = random.Between(30, 120) },
        };
    }

    private static readonly string[] Leaders = ["市级领导", "县级领导", "部门负责人"];

    /// <summary>The city of a trip's note, <c>赴深圳开展…</c>.</summary>
    private static string? Destination(string? note) =>
        note is { Length: > 1 } && note.StartsWith('赴') ? Cities.FirstOrDefault(c => note.AsSpan(1).StartsWith(c)) : null;

    /// <summary>The number in a ceremony's note, <c>…签约项目12个</c>.</summary>
    private static int? SignedInNote(string? note)
    {
        if (note is null || note.LastIndexOf("签约项目", StringComparison.Ordinal) is not (var at and >= 0))
        {
            return null;
        }

        var digits = new string(note[(at + 4)..].TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }
}
