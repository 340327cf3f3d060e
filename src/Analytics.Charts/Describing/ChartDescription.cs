using Analytics.Charts.Plotting;
using Analytics.Charts.Specs;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Describing;

/// <summary>
/// A sentence saying what a chart shows, for the image's alt text (screen readers, mail clients that
/// block images): the kind, how many members, the largest or latest figures. The spec's own
/// <see cref="ChartSpec.Description"/> wins.
/// </summary>
internal static class ChartDescription
{
    public static string Of(ChartSpec spec) => TextFit.Clean(spec.Description ?? spec switch
    {
        BarChartSpec s => Bar(s),
        RankingChartSpec s => Ranking(s),
        LineChartSpec s => Line(s),
        StackedBarChartSpec s => Stacked(s),
        DonutChartSpec s => Donut(s),
        FunnelChartSpec s => Funnel(s),
        GaugeChartSpec s => Gauge(s),
        SparklineSpec s => Sparkline(s),
        _ => "图表。",
    });

    private static string Bar(BarChartSpec spec)
    {
        var values = (from s in Enumerable.Range(0, spec.Series.Count)
                      from c in Enumerable.Range(0, spec.Categories.Count)
                      let v = SeriesColors.ValueAt(spec.Series[s], c)
                      where v is not null
                      select (Category: c, Value: v!.Value)).ToList();
        if (values.Count == 0) return "柱状图，暂无数据。";
        var top = values.OrderByDescending(v => v.Value).ThenBy(v => v.Category).First();
        var series = spec.Series.Count > 1 ? $"，{spec.Series.Count}个系列（{Names(spec.Series.Select(s => s.Name))}）" : "";
        return $"柱状图，{spec.Categories.Count}个类别{series}。最大值：{TextFit.Clean(spec.Categories[top.Category])} {spec.Format.Format((decimal)top.Value)}。";
    }

    private static string Ranking(RankingChartSpec spec)
    {
        var ranked = Plotting.Ranking.Order(spec.Items);
        if (ranked.Count == 0) return "排名图，暂无数据。";
        var top = string.Join("；", ranked.Take(3).Select(r => $"第{r.Rank}名 {r.Name} {spec.Format.Format(r.Value)}"));
        var highlight = spec.Highlight is null ? null : TextFit.Clean(spec.Highlight);
        var mine = ranked.FirstOrDefault(r => r.Name == highlight) is { Name: not null } h ? $"突出显示：{h.Name}，第{h.Rank}名。" : "";
        return $"排名图，共{ranked.Count}项，按数值从高到低排列。{top}。{mine}";
    }

    private static string Line(LineChartSpec spec)
    {
        var parts = spec.Series.Select(s =>
        {
            var last = Enumerable.Range(0, spec.Categories.Count).LastOrDefault(i => SeriesColors.ValueAt(s, i) is not null, -1);
            return last < 0 ? null : $"{TextFit.Clean(s.Name)}至{TextFit.Clean(spec.Categories[last])}为{spec.Format.Format(s.Values[last]!.Value)}";
        }).OfType<string>().ToList();
        if (parts.Count == 0) return "折线图，暂无数据。";
        var target = spec.Target is { } t ? $"；{TextFit.Clean(spec.TargetLabel)}{spec.Format.Format(t)}" : "";
        return $"折线图，{spec.Categories.Count}个时间点。{string.Join("；", parts)}{target}。";
    }

    private static string Stacked(StackedBarChartSpec spec)
    {
        var kind = spec.Percent ? "百分比堆积柱状图" : "堆积柱状图";
        var totals = Enumerable.Range(0, spec.Categories.Count)
            .Select(i => spec.Series.Sum(s => SeriesColors.ValueAt(s, i) ?? 0)).ToList();
        if (!spec.Series.Any(s => s.Values.Any(v => v is not null and not 0))) return kind + "，暂无数据。";
        var series = Names(spec.Series.Select(s => s.Name));
        if (spec.Percent) return $"{kind}，{spec.Categories.Count}个类别，各类别按{series}分为{spec.Series.Count}段，显示占比。";
        var top = totals.IndexOf(totals.Max());
        return $"{kind}，{spec.Categories.Count}个类别，按{series}分为{spec.Series.Count}段。合计最大：{TextFit.Clean(spec.Categories[top])} {spec.Format.Format((decimal)totals[top])}。";
    }

    private static string Donut(DonutChartSpec spec)
    {
        var slices = spec.Slices.Where(s => s.Value > 0).ToList();
        var total = slices.Sum(s => s.Value);
        if (total <= 0) return "环形图，暂无数据。";
        var parts = slices.Select(s => $"{TextFit.Clean(s.Name)}占{ValueFormat.Percent.FormatNumber(s.Value / total)}");
        return $"环形图，合计{spec.Format.Format(total)}。{string.Join("，", parts)}。";
    }

    private static string Funnel(FunnelChartSpec spec)
    {
        if (!spec.Stages.Any(s => s.Value > 0)) return "漏斗图，暂无数据。";
        var parts = spec.Stages.Select((s, i) => i == 0
            ? $"{TextFit.Clean(s.Name)}{spec.Format.Format(s.Value)}"
            : $"{TextFit.Clean(s.Name)}{spec.Format.Format(s.Value)}（转化率{(spec.Stages[i - 1].Value > 0 ? ValueFormat.Percent.FormatNumber(s.Value / spec.Stages[i - 1].Value) : "—")}）");
        return $"漏斗图，{spec.Stages.Count}个阶段：{string.Join("，", parts)}。";
    }

    private static string Gauge(GaugeChartSpec spec)
    {
        if (spec.Rows.Count == 0) return "目标进度图，暂无数据。";
        var parts = spec.Rows.Select(r => r.Completion is { } c
            ? $"{TextFit.Clean(r.Name)}完成率{ValueFormat.Percent.FormatNumber(c)}，{TrafficLights.Label(TrafficLights.Classify(c, spec.Schedule))}"
            : $"{TextFit.Clean(r.Name)}无目标");
        return $"目标进度图，时序进度{ValueFormat.Percent.FormatNumber(spec.Schedule)}。{string.Join("；", parts)}。";
    }

    private static string Sparkline(SparklineSpec spec)
    {
        var present = spec.Values.OfType<decimal>().ToList();
        if (present.Count == 0) return "迷你折线图，暂无数据。";
        return $"迷你折线图，{spec.Values.Count}个数据点，最低{spec.Format.Format(present.Min())}，最高{spec.Format.Format(present.Max())}，最新{spec.Format.Format(present[^1])}。";
    }

    private static string Names(IEnumerable<string> names) => string.Join("、", names.Select(TextFit.Clean));
}
