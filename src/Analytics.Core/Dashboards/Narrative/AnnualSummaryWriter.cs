using System.Globalization;
using Analytics.Core.Dashboards.Blocks;
using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards.Narrative;

/// <summary>A part of the year-end summary: its heading (一、主要工作成效) and its numbered points.</summary>
internal sealed record SummaryPart(string Heading, IReadOnlyList<Prose> Points);

/// <summary>
/// Writes the year-end summary (年度工作总结) of the city in the seeds' shape: numbered points, each a verdict headline
/// chosen by <see cref="NarrativeRules"/>, then the period once, the figures with last year's change, target completion
/// and 其中 breakdowns; the problems stated plainly; next year's targets. For an internal viewer the largest projects
/// are named in the prose; on a public page no project is named and a figure from fewer than 3 projects is —.
/// For the demo city at 2021-11-30 the first point reads:
/// 1、亿元以上项目签约数大幅增长。1—11月份，全市新签约亿元以上项目643个，较去年同期增加233个。其中，新签约10亿元以上项目92个、20亿元以上项目30个、50亿元以上项目10个。…
/// </summary>
internal sealed partial class AnnualSummaryWriter
{
    private readonly BlockContext context;
    private readonly FigureScope scope;
    private readonly SummaryFacts facts;
    private readonly DisclosedKpiReport report;
    private readonly string period;

    public AnnualSummaryWriter(BlockContext context)
    {
        this.context = context;
        scope = context.Scope(null);
        var (open, masked) = context.Kpis(null);
        report = masked ?? open;
        facts = new SummaryFacts(context.Metrics.ModelRows("summary_figures", context.AsOf));
        period = NarrativeRules.Period(context.AsOf);
    }

    /// <summary>Some figure was withheld from the viewer.</summary>
    public bool Suppressed { get; private set; }

    private bool Named => !context.PublicPage;

    private int Year => context.AsOf.Year;

    public IReadOnlyList<SummaryPart> Parts()
    {
        var achievements = new Func<Prose?>[] { Signed, Started, Funds, Major, Activities, Methods, Structure, Landing, Pipeline, Capital };
        var problems = new Func<Prose?>[] { SlowLanding, Imbalance, Lagging };
        var listedProblems = problems.Select(p => p()).Where(p => p is not null).ToList();
        return
        [
            new SummaryPart($"一、{Year}年{(period == "全年" ? "" : period)}招商引资主要工作成效", Numbered(achievements.Select(a => a()).Where(p => p is not null).ToList())),
            new SummaryPart("二、存在问题", Numbered(listedProblems!)),
            new SummaryPart($"三、{Year + 1}年工作安排", [Plan()]),
        ];
    }

    /// <summary>Prefixes 1、2、… to the points' first text.</summary>
    private static List<Prose> Numbered(IReadOnlyList<Prose?> points) =>
        points.Select((p, i) => new Prose().Add($"{i + 1}、").Append(p!)).ToList();

    private string F(string expression)
    {
        var text = scope.Write(expression, out var suppressed);
        Suppressed |= suppressed;
        return text;
    }

    private Figure Value(string path)
    {
        var figure = scope.Evaluate(path);
        Suppressed |= figure.Suppressed;
        return figure;
    }

    /// <summary>A count for this viewer: — where built from fewer than 3 projects on a public page.</summary>
    private string N(long count)
    {
        if (!context.Hide(count)) return count.ToString(CultureInfo.InvariantCulture);
        Suppressed = true;
        return FigureFormat.Missing;
    }

    /// <summary>An amount in 亿元 (two decimals) built from <paramref name="projects"/> projects.</summary>
    private string Yi(decimal amount, long projects)
    {
        if (!context.Hide(projects)) return NarrativeRules.Yi(amount);
        Suppressed = true;
        return FigureFormat.Missing;
    }

    private string Opening => $"{period}，全市";

    /// <summary>A stage's point: the verdict, the figures ≥ 1 亿元 with last year's change and bands, growth and target.</summary>
    private Prose StagePoint(string stage, string verb, NarrativeRules.Topic topic)
    {
        var yoy = Value($"{stage}.yoy.atLeast.1");
        var growth = (double?)yoy.Number;
        return new Prose().Add(NarrativeRules.Verdict(topic, growth, Value($"{stage}.atLeast.1").Number > 0, yoy.Suppressed) + "。")
            .Add(StageSentences(stage, verb))
            .Add(TargetSentence($"{verb}亿元以上项目", $"{verb}亿元以上项目数", growth));
    }

    private Prose Signed()
    {
        var prose = StagePoint("signed", "新签约", NarrativeRules.Signed);
        var all = facts.Projects("signed_all");
        var allGrowth = NarrativeRules.Growth(facts.Ratio("signed_all"), 2);
        prose.Add($"全市累计签约项目{N(all)}个，投资总额{Yi(facts.Investment("signed_all"), all)}亿元" +
                  (allGrowth is null || context.Hide(all, facts.PreviousProjects("signed_all")) ? "" : $"，项目数{allGrowth}") +
                  (Target("签约项目数") is { } count ? "，" + count : ""));
        prose.Add(Target("签约总投资(亿元)") is { } t ? $"；签约总投资{t}。" : "。");
        return prose;
    }

    private Prose Started()
    {
        var prose = StagePoint("started", "新开工", NarrativeRules.Started);
        prose.Add($"新开工2000万元以上项目{N(facts.Projects("started_ge02"))}个；新开工项目中已入统{N(facts.Projects("started_in_stats"))}个；" +
                  $"2000万元以上工业项目投产{N(facts.Projects("producing_ge02_industrial"))}个。");
        if (Named)
        {
            prose.Add(Largest(ProjectEvent.Started, "等项目开工建设"));
            prose.Add(Largest(ProjectEvent.Producing, "等项目竣工投产"));
        }
        return prose;
    }

    /// <summary>…新签约亿元以上项目643个，较去年同期增加233个。其中，新签约10亿元以上项目92个、….</summary>
    private string StageSentences(string stage, string verb)
    {
        var difference = Value($"{stage}.difference.atLeast.1");
        var change = difference is { Suppressed: false, Number: { } d } ? NarrativeRules.Change((long)d) : "较去年同期" + F($"{stage}.difference.atLeast.1 | change");
        var bands = new[] { "10", "20", "50" }.Select(b => (b, Value($"{stage}.atLeast.{b}") is { Suppressed: false, Number: { } n } ? (long?)n : null)).ToList();
        return $"{Opening}{verb}亿元以上项目{F($"{stage}.atLeast.1")}个{RankOf($"{verb}亿元以上项目数")}，{change}。{NarrativeRules.Bands(verb, bands)}。";
    }

    /// <summary>新签约亿元以上项目同比增长56.8%，完成年度目标任务的88.6%，落后时序进度2.9个百分点。</summary>
    private string TargetSentence(string subject, string indicator, double? growth)
    {
        var parts = new List<string>();
        if (NarrativeRules.Growth(growth) is { } g) parts.Add(g);
        if (Target(indicator) is { } t) parts.Add(t);
        return parts.Count == 0 ? "" : $"{subject}{string.Join("，", parts)}。";
    }

    /// <summary>The city's completion of a target this year, by the rules; null without such a target or where withheld.</summary>
    private string? Target(string indicator)
    {
        var target = report.Targets.FirstOrDefault(t => t.Region == "全市" && t.Indicator == indicator);
        if (target is null) return OtherTarget(indicator);
        if (target.Completion is not { } completion || target.Actual is not { } actual)
        {
            Suppressed = true;
            return null;
        }
        return NarrativeRules.Completion(completion, target.Schedule, actual, target.Target, IsAmount(indicator));
    }

    /// <summary>A target of the second edition's indicators (indicator_targets), by the same rules.</summary>
    private string? OtherTarget(string indicator)
    {
        var row = Indicator(indicator);
        if (row is null || row["completion"] is null || row["actual"] is null) return null;
        if (context.Hide(L(row["projects"])))
        {
            Suppressed = true;
            return null;
        }
        return NarrativeRules.Completion(Convert.ToDouble(row["completion"], CultureInfo.InvariantCulture), Convert.ToDouble(row["schedule"], CultureInfo.InvariantCulture),
            D(row["actual"]), D(row["target"]), IsAmount(indicator));
    }

    private Prose Funds()
    {
        var fundsYoy = Value("funds.yoy");
        var growth = (double?)fundsYoy.Number;
        var prose = new Prose().Add(NarrativeRules.Verdict(NarrativeRules.Funds, growth, Value("funds.inPlace").Number > 0, fundsYoy.Suppressed) + "。");
        var yoy = growth is null && !fundsYoy.Suppressed ? "" : "，同比" + F("funds.yoy | change");
        var target = Target("实际到位资金(亿元)") is { } t ? "，" + t : "";
        prose.Add($"{Opening}在建亿元以上省外投资项目{F("underConstruction.atLeast1OutsideProvince")}个；实际到位资金{F("funds.inPlace")}亿元{RankOf("实际到位资金(亿元)")}{yoy}{target}。");
        var outside = facts.Projects("funds_ge1_outside");
        prose.Add($"其中，{OutsideFunds()}亿元以上省外投资项目到位资金{Yi(facts.Funds("funds_ge1_outside"), outside)}亿元；" +
                  $"新开工亿元以上省外投资项目{N(facts.Projects("started_ge1_outside", "1"))}个、10亿元以上项目{N(facts.Projects("started_ge1_outside", "10"))}个。");
        return prose;
    }

    private Prose Major()
    {
        var now = Value("signed.atLeast.50").Number;
        var growth = Value("signed.yoy.atLeast.50");
        var prose = new Prose().Add(NarrativeRules.Verdict(NarrativeRules.Major, (double?)growth.Number, now > 0, growth.Suppressed) + "。");
        prose.Add(Opening);
        var named = Named ? Largest(ProjectEvent.Signed, "等一批重大项目签约落地", 3) : "";
        prose.Add(named);
        var bands = new[] { "50", "100" }.Select(b => (b, Value($"signed.atLeast.{b}") is { Suppressed: false, Number: { } n } ? (long?)n : null)).ToList();
        prose.Add(NarrativeRules.Bands("新签约", bands).Replace("其中，", named.Length > 0 ? "其中，" : "", StringComparison.Ordinal) + "。");
        // The months with a signing or start ≥ 50 亿元 point at single projects: internal pages only.
        if (Named && named.Length > 0)
        {
            var months = facts.Members("month_ge50").Select(m => int.Parse(m, CultureInfo.InvariantCulture)).Order().ToList();
            if (months.Count > 0) prose.Add($"共有{months.Count}个月份有50亿元以上项目签约或开工（{string.Join("、", months.Select(m => $"{m}月"))}）。");
        }
        return prose;
    }

    /// <summary>总投资140亿元的A、总投资130亿元的B等…: the largest projects of an event in the period (internal only).</summary>
    private string Largest(ProjectEvent projectEvent, string ending, int top = 2)
    {
        var projects = context.Metrics.Projects(new ProjectQuery(projectEvent, new DateOnly(Year, 1, 1), context.AsOf, null, top));
        if (projects.Count == 0) return "";
        return string.Join("、", projects.Select(p => $"总投资{NarrativeRules.Yi(p.Investment)}亿元的{p.Name}")) + ending + "。";
    }

    private Prose Activities()
    {
        var rows = context.Metrics.ModelRows("activity_counts", context.AsOf);
        var byType = rows.GroupBy(r => (string)r["activity_type"]!)
            .Select(g => (Type: g.Key, Now: g.Sum(r => Convert.ToInt64(r["activities"], CultureInfo.InvariantCulture)),
                Previous: g.Sum(r => Convert.ToInt64(r["activities_prev"], CultureInfo.InvariantCulture))))
            .Where(t => t.Now > 0).OrderByDescending(t => t.Now).ThenBy(t => t.Type, StringComparer.Ordinal).ToList();
        var now = byType.Sum(t => t.Now);
        var previous = byType.Sum(t => t.Previous);
        double? growth = previous == 0 ? null : (now - previous) / (double)previous;
        var prose = new Prose().Add(NarrativeRules.Verdict(NarrativeRules.Activities, growth, now > 0) + "。");
        if (now == 0) return prose.Add($"{Opening}招商活动台账尚无记录。");
        prose.Add($"{Opening}开展招商活动{now}批次，{NarrativeRules.Change(now - previous, "批次")}；");
        prose.Add("其中" + string.Join("、", byType.Select(t => $"{t.Type}{t.Now}批次")) + (Target("外出招商次数") is { } t ? "，外出招商次数" + t : "") + "。");
        return prose.Add(ActivityDetail());
    }

    private Prose Methods()
    {
        var methods = facts.Of("method").Where(r => (string)r["member"]! != "未填写")
            .OrderByDescending(r => Convert.ToInt64(r["projects"], CultureInfo.InvariantCulture)).ThenBy(r => (string)r["member"]!, StringComparer.Ordinal).ToList();
        if (methods.Count == 0) return new Prose().Add("招商方式有待丰富。本期签约项目未登记招商方式。");
        var top = (string)methods[0]["member"]!;
        var prose = new Prose().Add($"{top}成效突出。{Opening}");
        return prose.Add(string.Join("；", methods.Select(r =>
        {
            var member = (string)r["member"]!;
            var count = facts.Projects("method", member);
            return $"{member}签约项目{N(count)}个，投资总额{Yi(facts.Investment("method", member), count)}亿元";
        })) + "。");
    }

    private Prose Structure()
    {
        var industrial = facts.Ratio("project_type", "工业");
        var prose = new Prose().Add(industrial >= 0.7 ? "项目结构持续优化。" : "项目结构有待优化。");
        var types = Shares("project_type", "项目");
        var natures = Shares("investor_type", "投资项目");
        prose.Add($"{Opening}新签约项目中{types}；{natures}。");
        var central = facts.Projects("investor_type", "央企");
        var state = central + facts.Projects("investor_type", "地方国企");
        return prose.Add($"新签约央企投资项目{N(central)}个；央企和地方国企投资项目{N(state)}个，" +
                         $"投资总额{Yi(facts.Investment("investor_type", "央企") + facts.Investment("investor_type", "地方国企"), state)}亿元。" + StructureDetail());
    }

    /// <summary>工业项目537个、占比74.58%，服务业项目159个、占比22.08%: the members of a breakdown, largest first.</summary>
    private string Shares(string fact, string noun) => string.Join("，", facts.Of(fact)
        .OrderByDescending(r => Convert.ToInt64(r["projects"], CultureInfo.InvariantCulture)).ThenBy(r => (string)r["member"]!, StringComparer.Ordinal)
        .Select(r =>
        {
            var member = (string)r["member"]!;
            var count = facts.Projects(fact, member);
            var share = context.Hide(count) ? FigureFormat.Missing : NarrativeRules.Percent(facts.Ratio(fact, member) ?? 0, 2);
            return $"{member}{noun}{N(count)}个、占比{share}";
        }));

    private Prose Landing()
    {
        var rate = (double?)Value("startRate").Number;
        var before = (double?)Value("startRatePrevious").Number;
        var prose = new Prose().Add(rate is { } r && before is { } b && r >= b ? "项目落地加快。" : "项目落地有待加快。");
        prose.Add($"{Opening}{StartRates("")}；{StartRates("工业")}。");
        var total = facts.Projects("cohort", "新引进") + facts.Projects("cohort", "续建");
        prose.Add($"全市实施招商引资项目{N(total)}个，协议总投资{Yi(facts.Investment("cohort", "新引进") + facts.Investment("cohort", "续建"), total)}亿元，" +
                  $"实际到位资金{Yi(facts.Funds("cohort", "新引进") + facts.Funds("cohort", "续建"), total)}亿元；");
        prose.Add($"其中，{Cohort("新引进")}；{Cohort("续建")}。");
        var started = facts.Projects("funds_rate");
        prose.Add($"已开工项目到资率{(context.Hide(started) ? FigureFormat.Missing : NarrativeRules.Percent(facts.Ratio("funds_rate") ?? 0, 2))}。");
        prose.Add($"签约到开工用时中位数{Days("sign_to_start")}天，开工到投产用时中位数{Days("start_to_produce")}天。{Fastest()}");
        var building = facts.Projects("under_construction");
        return prose.Add($"在建项目{N(building)}个，其中亿元以上项目占{(context.Hide(building) ? FigureFormat.Missing : NarrativeRules.Percent(facts.Ratio("under_construction") ?? 0, 2))}。");
    }

    /// <summary>上年度签约工业项目开工率92.47%，当年签约工业项目开工率51.21%.</summary>
    private string StartRates(string projectType)
    {
        var member = projectType.Length == 0 ? "全市" : projectType;
        string Rate(string fact) => context.Hide(facts.Projects(fact, member)) || facts.Ratio(fact, member) is not { } r
            ? FigureFormat.Missing
            : NarrativeRules.Percent(r, 2);
        return $"上年度签约{projectType}项目开工率{Rate("start_rate_last_year")}，当年签约{projectType}项目开工率{Rate("start_rate_this_year")}";
    }

    private string Cohort(string member)
    {
        var count = facts.Projects("cohort", member);
        return $"{member}项目{N(count)}个，协议总投资{Yi(facts.Investment("cohort", member), count)}亿元，实际到位资金{Yi(facts.Funds("cohort", member), count)}亿元";
    }

    private string Days(string member)
    {
        var count = facts.Projects("speed", member);
        if (facts.Days("speed", member) is not { } days) return FigureFormat.Missing;
        return context.Hide(count) ? FigureFormat.Missing : Math.Round(days, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
    }

    private Prose Pipeline()
    {
        var count = facts.Projects("pipeline");
        var large = facts.Projects("pipeline", "1");
        var signed = Value("signed.atLeast.1").Number ?? 0;
        var prose = new Prose().Add(large > 0 && large >= signed / 10 ? "项目储备较为充足。" : "项目储备有待加强。");
        if (count == 0) return prose.Add($"截至{PeriodPhrase.Date(context.AsOf)}，全市尚无在谈项目。");
        return prose.Add($"截至{PeriodPhrase.Date(context.AsOf)}，全市在谈项目{N(count)}个，涉及投资{Yi(facts.Investment("pipeline"), count)}亿元，" +
                         $"其中亿元以上项目{N(large)}个、5亿元以上项目{N(facts.Projects("pipeline", "5"))}个、10亿元以上项目{N(facts.Projects("pipeline", "10"))}个。" + PipelineDetail());
    }

    private Prose? SlowLanding()
    {
        var start = Value("startRate");
        var stats = Value("statsRate");
        if (start is not { Suppressed: false, Number: { } s } || stats is not { Suppressed: false, Number: { } st }) return null;
        if ((double)s >= NarrativeRules.LowStartRate && (double)st >= NarrativeRules.LowStatsRate) return null;
        // Early in the year few of the year's signings can have started: not a problem to report yet.
        if ((double)scope.Evaluate("schedule").Number!.Value < NarrativeRules.EarlySchedule) return null;
        return new Prose().Add("签约项目落地转化不快。")
            .Add($"{Opening}新签约亿元以上项目开工率{NarrativeRules.RateWord((double)s, NarrativeRules.LowStartRate, "仅为")}，" +
                 $"入统率{NarrativeRules.RateWord((double)st, NarrativeRules.LowStatsRate, "低至")}。");
    }

    private Prose? Imbalance()
    {
        var ranking = context.Rankings("region", "signed_count").Where(r => r.Value is not null).ToList();
        var missing = Named ? facts.Members("no_signing_ge50") : [];
        if (ranking.Count < 2 && missing.Count == 0) return null;
        var prose = new Prose().Add("招商引资工作不平衡。");
        if (ranking.Count >= 2)
        {
            var (most, least) = (ranking.MaxBy(r => r.Value)!, ranking.MinBy(r => r.Value)!);
            prose.Add($"{Opening}各地区间签约项目数差距较为明显，签约项目数最多的").Region(most.Member).Add($"{most.Value:0}个，最少的").Region(least.Member).Add($"{least.Value:0}个");
        }
        // A region without such a project is a count of 0: internal pages only.
        if (missing.Count > 0) prose.Add("；").Regions(missing).Add($"{missing.Count}个地区尚未实现50亿元以上项目零的突破");
        return prose.Add("。");
    }

    private Prose? Lagging()
    {
        var writer = new NarrativeWriter(scope, "全市", period);
        var lights = writer.LaggingRegions(report);
        Suppressed |= writer.Suppressed;
        if (lights is null) return null;
        return new Prose().Add("部分目标任务进度滞后。").Append(lights);
    }

    /// <summary>An amount indicator says its unit in parentheses: 实际到位资金(亿元); 新签约亿元以上项目数 is a count.</summary>
    private static bool IsAmount(string indicator) =>
        indicator.Contains("(亿元)", StringComparison.Ordinal) || indicator.Contains("(万美元)", StringComparison.Ordinal);

    private static int Order(string indicator) =>
        indicator.Contains("签约", StringComparison.Ordinal) ? 0 : indicator.Contains("开工", StringComparison.Ordinal) ? 1 : 2;

    private Prose Plan()
    {
        var next = Year + 1;
        var targets = facts.Of("next_target");
        if (targets.Count == 0) return new Prose().Add($"{next}年全市招商引资目标任务尚未下达，下达后按目标任务逐月调度、对标推进。");
        // As the offices list them: counts before amounts, signings before starts.
        var goals = targets.OrderBy(r => IsAmount((string)r["member"]!)).ThenBy(r => Order((string)r["member"]!)).ThenBy(r => (string)r["member"]!, StringComparer.Ordinal).Select(r =>
        {
            var indicator = (string)r["member"]!;
            var value = Convert.ToDecimal(r["investment"], CultureInfo.InvariantCulture);
            var amount = IsAmount(indicator);
            var name = indicator.Replace("(亿元)", "", StringComparison.Ordinal).Replace("(万美元)", "", StringComparison.Ordinal);
            if (!amount && name.EndsWith('数')) name = name[..^1];
            var unit = indicator.Contains("(万美元)", StringComparison.Ordinal) ? "万美元" : amount ? "亿元"
                : name.EndsWith('次') ? "" : name.EndsWith("企业", StringComparison.Ordinal) ? "家" : "个";
            if (name.EndsWith('次')) (name, unit) = (name[..^1], "次");
            return $"{name}不少于{NarrativeRules.Yi(value)}{unit}";
        });
        return new Prose().Add($"{next}年全市招商引资主要目标是，{string.Join("，", goals)}。");
    }
}
