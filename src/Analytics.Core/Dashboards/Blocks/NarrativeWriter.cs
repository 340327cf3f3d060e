using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Dashboards.Narrative;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// Writes the narrative's sentences. For the demo city at 2021-11-30 the first reads, word for word:
/// 1—11月份，全市新签约亿元以上项目643个，较去年同期增加233个。其中，新签约10亿元以上项目92个、20亿元以上项目30个、50亿元以上项目10个。
/// The period opens the first paragraph only; the others follow the rules of <see cref="NarrativeRules"/>.
/// </summary>
/// <param name="period">The period of the figures (1—11月份, or 11月份 under period=month).</param>
/// <param name="yearToDate">The year to date, which the start and stats rates (of the year's signings) always speak of; null: <paramref name="period"/>.</param>
internal sealed class NarrativeWriter(FigureScope scope, string subject, string period, string? yearToDate = null)
{
    /// <summary>Some figure written was withheld from the viewer.</summary>
    public bool Suppressed { get; private set; }

    public List<Prose> Paragraphs(DisclosedKpiReport report, bool city)
    {
        var list = new List<Prose> { Stage("signed", "新签约", $"{period}，"), Stage("started", "新开工", ""), Funds() };
        if (Rates() is { } rates) list.Add(rates);
        list.Add(city ? Lagging(report) : Targets(report));
        return list;
    }

    private string F(string expression)
    {
        var text = scope.Write(expression, out var suppressed);
        Suppressed |= suppressed;
        return text;
    }

    private Prose Stage(string stage, string verb, string opening)
    {
        var difference = scope.Evaluate($"{stage}.difference.atLeast.1");
        var change = difference is { Suppressed: false, Number: { } d } ? NarrativeRules.Change((long)d) : "较去年同期" + F($"{stage}.difference.atLeast.1 | change");
        var bands = new[] { "10", "20", "50" }.Select(b => (b, Count($"{stage}.atLeast.{b}"))).ToList();
        return new Prose().Add(opening).Region(subject).Add($"{verb}亿元以上项目{F($"{stage}.atLeast.1")}个，{change}。")
            .Add(NarrativeRules.Bands(verb, bands) + "。");
    }

    /// <summary>A count, null where withheld from the viewer.</summary>
    private long? Count(string path)
    {
        var figure = scope.Evaluate(path);
        Suppressed |= figure.Suppressed;
        return figure is { Suppressed: false, Number: { } n } ? (long)n : null;
    }

    private Prose Funds()
    {
        var growth = scope.Evaluate("funds.yoy");
        var yoy = growth.Suppressed || growth.Number is not null ? "，同比" + F("funds.yoy | change") : "（上年同期无到位资金）";
        return new Prose().Region(subject)
            .Add($"在建亿元以上省外投资项目{F("underConstruction.atLeast1OutsideProvince")}个；实际到位资金{F("funds.inPlace")}亿元{yoy}。");
    }

    private Prose? Rates()
    {
        var start = scope.Evaluate("startRate");
        if (!start.Suppressed && start.Number is null) return null;
        // The rates always speak of the year's signings: under period=month they name the year to date, which differs from the paragraph's period.
        var prose = (yearToDate is null || yearToDate == period ? new Prose() : new Prose().Add($"{yearToDate}，")).Region(subject).Add($"新签约亿元以上项目开工率为{F("startRate")}、入统率为{F("statsRate")}");
        var before = scope.Evaluate("startRatePrevious");
        var statsBefore = scope.Evaluate("statsRatePrevious");
        if (!start.Suppressed && !before.Suppressed && !statsBefore.Suppressed && before.Number is { } b && statsBefore.Number is { } sb
            && start.Number is { } s && scope.Evaluate("statsRate") is { Suppressed: false, Number: { } st })
            prose.Add(RateChanges(s - b, st - sb));
        return prose.Add("。");
    }

    /// <summary>
    /// The city's regions lagging the schedule, for a list of problems: null early in the year, without regional targets,
    /// or when no region has a red or yellow light.
    /// </summary>
    public Prose? LaggingRegions(DisclosedKpiReport report)
    {
        if (Early() is not null) return null;
        var regions = report.Targets.Where(t => t.Region != "全市").ToList();
        return regions.Any(t => t.Light is "red" or "yellow") ? Lagging(report) : null;
    }

    /// <summary>Early in the year progress is not judged: nobody is told to hurry at a tiny schedule.</summary>
    private Prose? Early()
    {
        var schedule = (double)scope.Evaluate("schedule").Number!.Value;
        return schedule < NarrativeRules.EarlySchedule
            ? new Prose().Add($"年初时序进度为{FigureFormat.Percent((decimal)schedule)}，暂不评价目标任务进度。")
            : null;
    }

    /// <summary>The city's regions with red (and yellow) lights and how far each lags the schedule.</summary>
    private Prose Lagging(DisclosedKpiReport report)
    {
        if (Early() is { } early) return early;
        var schedule = FigureFormat.Percent((decimal)scope.Evaluate("schedule").Number!.Value);
        var regions = report.Targets.Where(t => t.Region != "全市").ToList();
        // On 31 December the schedule is the whole year: the targets themselves are the measure.
        var prose = new Prose().Add(scope.Evaluate("schedule").Number >= 1 ? "对照年度目标任务，" : $"对照时序进度（{schedule}），");
        if (regions.Count == 0) return prose.Add("本年度尚未下达分地区目标任务。");
        var red = regions.Where(t => t.Light == "red").GroupBy(t => t.Region).OrderBy(g => g.Min(t => t.Gap)).ToList();
        var yellow = regions.Where(t => t.Light == "yellow").Select(t => t.Region).Distinct().Where(r => red.All(g => g.Key != r)).Order(StringComparer.Ordinal).ToList();
        if (red.Count == 0) prose.Add("各地区目标任务均未亮红牌");
        else
        {
            prose.Regions(red.Select(g => g.Key)).Add($"{red.Count}个地区有指标亮红牌：");
            for (var i = 0; i < red.Count; i++)
            {
                prose.Region(red[i].Key).Add(string.Join("、", red[i].OrderBy(t => t.Gap).Select(Lag)));
                prose.Add(i < red.Count - 1 ? "；" : "");
            }
        }
        if (yellow.Count > 0) prose.Add(red.Count == 0 ? "，" : "。").Regions(yellow).Add($"{yellow.Count}个地区有指标亮黄牌，需加快进度。");
        else prose.Add("。");
        if (regions.Any(t => t.Light is null)) Suppressed = true;
        return prose;
    }

    /// <summary>One region's targets by light.</summary>
    private Prose Targets(DisclosedKpiReport report)
    {
        if (Early() is { } early) return early;
        var schedule = FigureFormat.Percent((decimal)scope.Evaluate("schedule").Number!.Value);
        var targets = report.Targets.Where(t => t.Region == report.Region).ToList();
        var prose = new Prose().Add($"对照时序进度（{schedule}），").Region(subject);
        if (targets.Count == 0) return prose.Add("本年度没有目标任务。");
        prose.Add($"{targets.Count}项目标任务中，" + string.Join("、", new[] { "green", "yellow", "red" }
            .Select(l => (l, n: targets.Count(t => t.Light == l))).Where(x => x.n > 0).Select(x => $"{Lights.Word(x.l)}{x.n}项")));
        var behind = targets.Where(t => t.Light is "red" or "yellow").OrderBy(t => t.Gap).ToList();
        if (behind.Count > 0) prose.Add("；落后于时序进度的有：" + string.Join("、", behind.Select(Lag)));
        if (targets.Any(t => t.Light is null)) Suppressed = true;
        return prose.Add("。");
    }

    private static string Lag(DisclosedTarget t) =>
        $"{t.Indicator.Replace("(亿元)", "", StringComparison.Ordinal)}完成{(t.Completion is { } c ? FigureFormat.Percent((decimal)c) : FigureFormat.Missing)}" +
        (t.Gap is { } g && g < 0 ? $"（落后{FigureFormat.Points((decimal)-g)}）" : "");

    /// <summary>，分别较去年同期提高X个百分点、下降Y个百分点; a rate without change is said once as 与去年同期持平.</summary>
    private static string RateChanges(decimal start, decimal stats)
    {
        var (a, b) = (Points(start), Points(stats));
        return (a, b) switch
        {
            (null, null) => "，均与去年同期持平",
            (null, _) => $"，开工率与去年同期持平，入统率较去年同期{b}",
            (_, null) => $"，开工率较去年同期{a}，入统率与去年同期持平",
            _ => $"，分别较去年同期{a}、{b}",
        };
    }

    private static string? Points(decimal difference)
    {
        var text = FigureFormat.Points(Math.Abs(difference));
        return text.StartsWith("0.0", StringComparison.Ordinal) ? null : (difference > 0 ? "提高" : "下降") + text;
    }
}
