using System.Globalization;
using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Dashboards.Narrative;

/// <summary>
/// The rules every generated sentence follows, in one place (the README's "Narrative rules" quotes them):
/// <list type="bullet">
/// <item>A verdict headline is chosen from the YoY growth: ≥ 20 % the topic's strong word (大幅增长, 加速落地, 势头强劲),
/// &gt; 0 its steady word (稳步增长), = 0 与上年持平, &lt; 0 its falling word (有所下降); without last year's figure,
/// 实现新突破 when there is a figure, else 尚待突破; where the growth is withheld from the viewer, the neutral word.</item>
/// <item>The period is written once per point: 全年 on 31 December, 1—N月份 at another month end, else 今年以来.</item>
/// <item>A change against last year is 较去年同期增加N个 / 减少N个, and 与去年同期持平 for no change.</item>
/// <item>Bands with no project are not listed as 0: 其中，尚无10亿元以上项目 (or …，尚无50亿元以上项目 after the others).</item>
/// <item>A target met is 超目标值X% (counts) or 超目标值X亿元 (amounts); one not yet met is 完成年度目标任务的X%, then
/// 超时序进度 / 落后时序进度X个百分点 — except before <see cref="EarlySchedule"/> of the year, when nobody is told to hurry.</item>
/// <item>An external rank is ，位居全省第X位 (第一 … 第十 in Chinese numerals, then digits).</item>
/// <item>Problems are plain: a start rate under <see cref="LowStartRate"/> is 仅为X%, a stats rate under
/// <see cref="LowStatsRate"/> 低至X%.</item>
/// </list>
/// </summary>
internal static class NarrativeRules
{
    /// <summary>Growth from which a verdict uses its strong word (a fraction).</summary>
    public const double StrongGrowth = 0.20;

    /// <summary>Share of the year elapsed before which progress against the schedule is not judged (about the end of March).</summary>
    public const double EarlySchedule = 0.25;

    /// <summary>Start rate under which the summary says 仅为.</summary>
    public const double LowStartRate = 0.60;

    /// <summary>Stats rate under which the summary says 低至.</summary>
    public const double LowStatsRate = 0.50;

    /// <summary>The verdict words of a topic: strong growth, growth, no change, fall, and a neutral word for a withheld growth.</summary>
    public sealed record Topic(string Subject, string Strong, string Steady, string Flat, string Falling, string Neutral);

    public static readonly Topic Signed = new("亿元以上项目签约数", "大幅增长", "稳步增长", "与上年持平", "有所下降", "保持稳定");
    public static readonly Topic Started = new("亿元以上项目", "加速落地", "稳步落地", "开工数与上年持平", "开工数有所下降", "持续落地");
    public static readonly Topic Funds = new("实际到位资金", "势头强劲", "稳步增长", "与上年持平", "有所下降", "持续到位");
    public static readonly Topic Major = new("招大引强", "成果明显好于往年", "持续推进", "与上年持平", "有待加强", "持续推进");
    public static readonly Topic Capital = new("固定资产投资", "大幅增长", "稳步增长", "与上年持平", "有所下降", "持续形成");
    public static readonly Topic Activities = new("招商活动", "更加活跃", "稳步开展", "与上年持平", "有所减少", "持续开展");

    /// <summary>
    /// The verdict headline of a topic from its YoY growth (null: no figure last year) and whether there is a figure now;
    /// <paramref name="withheld"/>: the growth is withheld from the viewer, so the headline must not tell it.
    /// </summary>
    public static string Verdict(Topic topic, double? growth, bool hasFigure, bool withheld = false)
    {
        if (withheld) return topic.Subject + topic.Neutral;
        var word = growth switch
        {
            null => hasFigure ? "实现新突破" : "尚待突破",
            >= StrongGrowth => topic.Strong,
            > 0 => topic.Steady,
            0 => topic.Flat,
            _ => topic.Falling,
        };
        return topic.Subject + word;
    }

    /// <summary>The period as the summary writes it once per point: 全年, 1—11月份, 1月份 or 今年以来.</summary>
    public static string Period(DateOnly asOf)
    {
        if (asOf.Month == 12 && asOf.Day == 31) return "全年";
        if (asOf.Day != DateTime.DaysInMonth(asOf.Year, asOf.Month)) return "今年以来";
        return PeriodPhrase.YearToDate(asOf);
    }

    /// <summary>较去年同期增加N{unit} / 减少N{unit} / 与去年同期持平 (the comma before it is the caller's).</summary>
    public static string Change(long difference, string unit = "个") => difference switch
    {
        > 0 => $"较去年同期增加{difference}{unit}",
        < 0 => $"较去年同期减少{-difference}{unit}",
        _ => "与去年同期持平",
    };

    /// <summary>同比增长X% / 同比下降X% / 与去年同期持平; null without last year's figure.</summary>
    public static string? Growth(double? ratio, int decimals = 1)
    {
        if (ratio is not { } r) return null;
        var text = Percent(Math.Abs(r), decimals);
        if (text == Percent(0, decimals)) return "与去年同期持平";
        return (r > 0 ? "同比增长" : "同比下降") + text;
    }

    /// <summary>
    /// 其中，{verb}10亿元以上项目N个、20亿元以上项目N个、50亿元以上项目N个 — bands with no project are said once as 尚无…项目.
    /// </summary>
    public static string Bands(string verb, IReadOnlyList<(string Band, long? Count)> bands)
    {
        var listed = new List<string>();
        foreach (var (band, count) in bands)
        {
            if (count == 0)
            {
                var none = $"尚无{band}亿元以上项目";
                return listed.Count == 0 ? $"其中，{none}" : $"其中，{verb}{string.Join("、", listed)}，{none}";
            }
            listed.Add($"{band}亿元以上项目{(count is { } n ? n.ToString(CultureInfo.InvariantCulture) : FigureFormat.Missing)}个");
        }
        return $"其中，{verb}{string.Join("、", listed)}";
    }

    /// <summary>
    /// A target's completion: 超目标值X% / 超目标值X亿元 when met, else 完成年度目标任务的X% and the schedule clause (none
    /// before <see cref="EarlySchedule"/> or at the year's end).
    /// </summary>
    public static string Completion(double completion, double schedule, decimal actual, decimal target, bool amount)
    {
        if (completion >= 1)
            return amount ? $"超目标值{Yi(actual - target)}亿元" : $"超目标值{Percent(completion - 1, 1)}";
        var text = $"完成年度目标任务的{Percent(completion, 1)}";
        if (schedule < EarlySchedule || schedule >= 1) return text;
        var gap = completion - schedule;
        var points = FigureFormat.Points((decimal)Math.Abs(gap));
        if (points.StartsWith("0.0", StringComparison.Ordinal)) return text + "，与时序进度持平";
        return text + (gap > 0 ? $"，超时序进度{points}" : $"，落后时序进度{points}");
    }

    /// <summary>，位居全省第二位: <paramref name="scope"/> is 全省 or 全市.</summary>
    public static string Rank(long rank, string scope) => $"，位居{scope}第{Numeral(rank)}位";

    /// <summary>一 … 十 for 1 … 10, digits after.</summary>
    public static string Numeral(long n) => n is >= 1 and <= 10
        ? "一二三四五六七八九十"[(int)n - 1].ToString()
        : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Number 1 … 10 of a summary's points: 一、 … 十、.</summary>
    public static string Point(int n) => Numeral(n) + "、";

    /// <summary>为X% / 仅为X% under <paramref name="low"/> (低至 for the stats rate: <paramref name="lowWord"/>).</summary>
    public static string RateWord(double rate, double low, string lowWord) => (rate < low ? lowWord : "为") + Percent(rate, 1);

    /// <summary>An amount in 亿元 with up to two decimals, as the offices write them (1811.64, 1447).</summary>
    public static string Yi(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage with <paramref name="decimals"/> decimals (74.42%).</summary>
    public static string Percent(double fraction, int decimals) =>
        Math.Round((decimal)fraction * 100, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%";
}
