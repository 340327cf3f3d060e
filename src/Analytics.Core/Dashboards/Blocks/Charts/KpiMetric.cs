using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary>
/// A figure of the kpis model that a chart can show by member: its column, last year's column, and the columns
/// counting the projects behind each (a value withheld from the public where fewer than 3).
/// </summary>
internal sealed record KpiMetric(string Name, string Label, FigureKind Kind, string Column, string? PreviousColumn, string[] Projects, string[] PreviousProjects)
{
    public static readonly IReadOnlyList<KpiMetric> All =
    [
        Counted("signed_count", "新签约项目数", "signed_count"),
        Counted("signed_ge1", "新签约亿元以上项目数", "signed_ge1"),
        new("signed_investment", "签约总投资", FigureKind.Amount, "signed_investment", "signed_investment_prev", ["signed_count"], ["signed_count_prev"]),
        Counted("started_count", "新开工项目数", "started_count"),
        Counted("started_ge1", "新开工亿元以上项目数", "started_ge1"),
        new("started_investment", "开工项目总投资", FigureKind.Amount, "started_investment", "started_investment_prev", ["started_count"], ["started_count_prev"]),
        Counted("producing_count", "投产项目数", "producing_count"),
        Counted("under_construction_ge1", "在建亿元以上项目数", "under_construction_ge1"),
        new("funds_in_place", "实际到位资金", FigureKind.Amount, "funds_in_place", "funds_prev", ["funds_projects"], ["funds_projects_prev"]),
        new("funds_yoy", "实际到位资金同比增长", FigureKind.Ratio, "funds_yoy", null, ["funds_projects", "funds_projects_prev"], []),
        new("start_rate", "亿元以上项目开工率", FigureKind.Ratio, "start_rate", "start_rate_prev", ["signed_ge1", "signed_ge1_started"], ["signed_ge1_prev", "signed_ge1_started_prev"]),
        new("stats_rate", "亿元以上项目入统率", FigureKind.Ratio, "stats_rate", "stats_rate_prev", ["signed_ge1", "signed_ge1_in_stats"], ["signed_ge1_prev", "signed_ge1_in_stats_prev"]),
    ];

    /// <summary>Stacked bands of a stage: signed_bands, started_bands.</summary>
    public static readonly IReadOnlyList<string> BandMetrics = ["signed_bands", "started_bands"];

    public static IEnumerable<string> Names => All.Select(m => m.Name).Concat(BandMetrics);

    public static KpiMetric? Find(string name) => All.FirstOrDefault(m => m.Name == name);

    private static KpiMetric Counted(string name, string label, string column) =>
        new(name, label, FigureKind.Count, column, column + "_prev", [column], [column + "_prev"]);
}
