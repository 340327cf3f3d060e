using System.Globalization;
using Analytics.Charts.Specs;
using Analytics.Charts.Plotting;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Tables;

/// <summary>Builds the data table of each kind of chart.</summary>
internal static class ChartTables
{
    public static ChartTable For(ChartSpec spec) => spec switch
    {
        BarChartSpec s => Categories(s.Title, s.CategoryName, s.Categories, s.Series, s.Format),
        RankingChartSpec s => Ranked(s),
        StackedBarChartSpec s => Stacked(s),
        DonutChartSpec s => Shares(s),
        FunnelChartSpec s => Funnel(s),
        GaugeChartSpec s => Gauge(s),
        SparklineSpec s => Sparkline(s),
        LineChartSpec s => WithTarget(Categories(s.Title, s.CategoryName, s.Categories, s.Series, s.Format), s),
        _ => throw new ArgumentException($"Unknown chart spec {spec.GetType().Name}.", nameof(spec)),
    };

    /// <summary>"2021年（亿元）": a column header with its unit.</summary>
    internal static string Header(string name, ValueFormat format) =>
        format.Unit.Length == 0 ? TextFit.Clean(name) : $"{TextFit.Clean(name)}（{format.Unit}）";

    internal static string? Cell(decimal? value, ValueFormat format) => value is { } v ? format.FormatBare(v) : null;

    private static ChartTable WithTarget(ChartTable table, LineChartSpec spec)
    {
        if (spec.Target is not { } target) return table;
        var headers = table.Headers.Append(Header(spec.TargetLabel, spec.Format)).ToList();
        var rows = table.Rows.Select(r => (IReadOnlyList<string?>)r.Append(Cell(target, spec.Format)).ToList()).ToList();
        return table with { Headers = headers, Rows = rows };
    }

    /// <summary>Values by series, then the total; a 100 % stack adds each series' share.</summary>
    private static ChartTable Stacked(StackedBarChartSpec spec)
    {
        var table = Categories(spec.Title, spec.CategoryName, spec.Categories, spec.Series, spec.Format);
        var headers = table.Headers.Append(Header("合计", spec.Format)).ToList();
        if (spec.Percent) headers.AddRange(spec.Series.Select(s => $"{TextFit.Clean(s.Name)}占比（%）"));
        var rows = spec.Categories.Select((_, i) =>
        {
            var values = spec.Series.Select(s => i < s.Values.Count ? s.Values[i] : null).ToList();
            var total = values.Sum(v => v ?? 0);
            var positive = values.Sum(v => v > 0 ? v!.Value : 0);
            var row = table.Rows[i].Append(Cell(total, spec.Format)).ToList();
            if (spec.Percent)
                row.AddRange(values.Select(v => positive > 0 && v > 0 ? ValueFormat.Percent.FormatBare(v!.Value / positive) : null));
            return (IReadOnlyList<string?>)row;
        }).ToList();
        return table with { Headers = headers, Rows = rows };
    }

    /// <summary>Every slice as given (zero and negative too), its value and its share of the positive total.</summary>
    private static ChartTable Shares(DonutChartSpec spec)
    {
        var total = spec.Slices.Where(s => s.Value > 0).Sum(s => s.Value);
        var rows = spec.Slices.Select(s => (IReadOnlyList<string?>)
        [
            TextFit.Clean(s.Name), Cell(s.Value, spec.Format),
            total > 0 && s.Value > 0 ? ValueFormat.Percent.FormatBare(s.Value / total) : null,
        ]).ToList();
        rows.Add(["合计", Cell(total, spec.Format), total > 0 ? "100.0" : null]);
        return new ChartTable(TextFit.Clean(spec.Title),
            [TextFit.Clean(spec.NameHeader), Header("数值", spec.Format), "占比（%）"], rows);
    }

    private static ChartTable Funnel(FunnelChartSpec spec)
    {
        var stages = spec.Stages;
        var rows = stages.Select((s, i) => (IReadOnlyList<string?>)
        [
            TextFit.Clean(s.Name), Cell(s.Value, spec.Format),
            i == 0 ? null : Percent(stages[i - 1].Value, s.Value),
            i == 0 ? null : Percent(stages[0].Value, s.Value),
        ]).ToList();
        return new ChartTable(TextFit.Clean(spec.Title),
            ["阶段", Header("数值", spec.Format), "较上一阶段转化率（%）", "较第一阶段转化率（%）"], rows);
    }

    private static ChartTable Gauge(GaugeChartSpec spec)
    {
        var schedule = ValueFormat.Percent.FormatBare(spec.Schedule);
        var rows = spec.Rows.Select(r => (IReadOnlyList<string?>)
        [
            TextFit.Clean(r.Name), Cell(r.Actual, spec.Format), r.Target > 0 ? Cell(r.Target, spec.Format) : null,
            r.Completion is { } c ? ValueFormat.Percent.FormatBare(c) : null, schedule,
            TrafficLights.Label(TrafficLights.Classify(r.Completion, spec.Schedule)),
        ]).ToList();
        return new ChartTable(TextFit.Clean(spec.Title),
            [TextFit.Clean(spec.NameHeader), Header("完成", spec.Format), Header("目标", spec.Format), "完成率（%）", "时序进度（%）", "亮牌"],
            rows);
    }

    private static ChartTable Sparkline(SparklineSpec spec) => new(
        TextFit.Clean(spec.Title),
        ["序号", Header("数值", spec.Format)],
        spec.Values.Select((v, i) => (IReadOnlyList<string?>)
        [
            spec.Labels is { } labels && i < labels.Count ? TextFit.Clean(labels[i]) : (i + 1).ToString(CultureInfo.InvariantCulture),
            Cell(v, spec.Format),
        ]).ToList());

    private static string? Percent(decimal from, decimal to) => from > 0 ? ValueFormat.Percent.FormatBare(to / from) : null;

    private static ChartTable Ranked(RankingChartSpec spec) => new(
        TextFit.Clean(spec.Title),
        ["排名", TextFit.Clean(spec.NameHeader), Header("数值", spec.Format)],
        Ranking.Order(spec.Items)
            .Select(r => (IReadOnlyList<string?>)[r.Rank.ToString(CultureInfo.InvariantCulture), r.Name, Cell(r.Value, spec.Format)])
            .ToList());

    private static ChartTable Categories(string title, string categoryName, IReadOnlyList<string> categories,
        IReadOnlyList<ChartSeries> series, ValueFormat format)
    {
        var headers = new List<string> { TextFit.Clean(categoryName) };
        headers.AddRange(series.Select(s => Header(s.Name, format)));
        var rows = categories.Select((c, i) =>
        {
            var row = new List<string?> { TextFit.Clean(c) };
            row.AddRange(series.Select(s => Cell(i < s.Values.Count ? s.Values[i] : null, format)));
            return (IReadOnlyList<string?>)row;
        }).ToList();
        return new ChartTable(TextFit.Clean(title), headers, rows);
    }
}
