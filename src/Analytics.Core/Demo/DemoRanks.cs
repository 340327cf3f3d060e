using System.Globalization;
using Analytics.Core.Ingest;

namespace Analytics.Core.Demo;

/// <summary>外部排名: where the province placed the city, for the year to date of the ledgers' day and for the year before.</summary>
internal static class DemoRanks
{
    private static readonly (string Indicator, int ThisYear, int LastYear)[] Ranks =
    [
        ("新签约亿元以上项目数", 2, 4),
        ("新开工亿元以上项目数", 1, 3),
        ("实际到位资金(亿元)", 3, 3),
        ("实际到位省外资金(亿元)", 2, 5),
    ];

    public static IReadOnlyList<ExternalRankRecord> For(DateOnly today)
    {
        var year = today.Year;
        var wholeYear = today.Month == 12 && today.Day == 31;
        var period = wholeYear ? $"{year}年" : $"{year}年1—{today.Month.ToString(CultureInfo.InvariantCulture)}月";
        var records = new List<ExternalRankRecord>();
        if (year > DemoVocabulary.FirstYear)
        {
            records.AddRange(Ranks.Select(r => new ExternalRankRecord($"{year - 1}年", year - 1, 12, r.Indicator, "全省", r.LastYear)));
        }

        records.AddRange(Ranks.Select(r => new ExternalRankRecord(period, year, today.Month, r.Indicator, "全省", r.ThisYear)));
        return records;
    }
}
