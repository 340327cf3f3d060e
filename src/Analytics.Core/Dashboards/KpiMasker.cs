using Analytics.Core.Dashboards.Suppression;
using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards;

/// <summary>
/// Builds a <see cref="DisclosedKpiReport"/>, withholding each figure whose family of cells (see
/// <see cref="CellFamily"/>; <c>@prev</c>: last year's) the rule withholds; a difference, YoY or rate is withheld
/// where any family it is computed from is.
/// </summary>
internal sealed class KpiMasker(Func<string, bool> withheld, Func<TargetFigure, bool> targetWithheld)
{
    private static readonly string[] Bands = ["1", "10", "20", "50", "100"];

    private readonly List<string> suppressed = [];

    /// <summary>The report with nothing withheld.</summary>
    public static DisclosedKpiReport Open(KpiReport r) => new KpiMasker(_ => false, _ => false).Disclose(r);

    /// <summary>The report with each figure withheld by the projects behind it alone (fewer than 3).</summary>
    public static DisclosedKpiReport Primary(KpiReport r)
    {
        var counts = Counts(r);
        return new KpiMasker(f => Disclosure.Hidden(counts[f]), t => Disclosure.Hidden(t.Projects)).Disclose(r);
    }

    public DisclosedKpiReport Disclose(KpiReport r)
    {
        var signed = Stage("signed", r.Signed);
        var started = Stage("started", r.Started);
        var producing = new DisclosedProducing(
            Show("producing.count", r.Producing.Count, "producing"),
            Show("producing.investment", r.Producing.Investment, "producing"),
            Show("producing.previousCount", r.Producing.PreviousCount, "producing@prev"),
            Show("producing.previousInvestment", r.Producing.PreviousInvestment, "producing@prev"));
        var building = new DisclosedUnderConstruction(
            Show("underConstruction.atLeast1", r.UnderConstruction.AtLeast1, "under_construction_ge1"),
            Show("underConstruction.atLeast1OutsideProvince", r.UnderConstruction.AtLeast1OutsideProvince, "under_construction_ge1_outside"),
            Show("underConstruction.previousAtLeast1", r.UnderConstruction.PreviousAtLeast1, "under_construction_ge1@prev"));
        var f = r.Funds;
        var funds = new DisclosedFunds(
            Show("funds.inPlace", f.InPlace, "funds"),
            Show("funds.previous", f.Previous, "funds@prev"),
            Show("funds.difference", f.Difference, "funds", "funds@prev"),
            Show("funds.yoy", f.Yoy, "funds", "funds@prev"),
            Show("funds.projects", f.Projects, "funds"),
            Show("funds.previousProjects", f.PreviousProjects, "funds@prev"));
        var targets = r.Targets.Select(Target).ToList();
        return new DisclosedKpiReport(r.AsOf, r.PeriodStart, r.DataVersion, r.Region, signed, started, producing, building, funds,
            Show("startRate", r.StartRate, CellFamily.Derived["start_rate"]),
            Show("statsRate", r.StatsRate, CellFamily.Derived["stats_rate"]),
            Show("startRatePrevious", r.StartRatePrevious, CellFamily.Derived["start_rate_prev"]),
            Show("statsRatePrevious", r.StatsRatePrevious, CellFamily.Derived["stats_rate_prev"]),
            Show("industrialShare", r.IndustrialShare, CellFamily.Derived["industrial_share"]),
            targets, suppressed);
    }

    /// <summary>The projects behind each family of a report (for the primary rule).</summary>
    private static Dictionary<string, long> Counts(KpiReport r)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["signed"] = r.Signed.Count, ["signed@prev"] = r.Signed.Previous.Count,
            ["started"] = r.Started.Count, ["started@prev"] = r.Started.Previous.Count,
            ["producing"] = r.Producing.Count, ["producing@prev"] = r.Producing.PreviousCount,
            ["under_construction_ge1"] = r.UnderConstruction.AtLeast1, ["under_construction_ge1@prev"] = r.UnderConstruction.PreviousAtLeast1,
            ["under_construction_ge1_outside"] = r.UnderConstruction.AtLeast1OutsideProvince,
            ["funds"] = r.Funds.Projects, ["funds@prev"] = r.Funds.PreviousProjects,
            ["signed_ge1_started"] = r.RateCounts.Started, ["signed_ge1_started@prev"] = r.RateCounts.PreviousStarted,
            ["signed_ge1_in_stats"] = r.RateCounts.InStats, ["signed_ge1_in_stats@prev"] = r.RateCounts.PreviousInStats,
            ["signed_industrial"] = r.RateCounts.Industrial,
        };
        foreach (var b in Bands)
        {
            counts[$"signed_ge{b}"] = r.Signed.AtLeast[b];
            counts[$"signed_ge{b}@prev"] = r.Signed.Previous.AtLeast[b];
            counts[$"started_ge{b}"] = r.Started.AtLeast[b];
            counts[$"started_ge{b}@prev"] = r.Started.Previous.AtLeast[b];
        }
        return counts;
    }

    private DisclosedStage Stage(string name, StageFigures s)
    {
        var (now, before) = (s, s.Previous);
        var atLeast = Bands.ToDictionary(b => b, b => Show($"{name}.atLeast.{b}", (long?)now.AtLeast[b], $"{name}_ge{b}"));
        var previous = new DisclosedStageFigures(
            Show($"{name}.previous.count", (long?)before.Count, $"{name}@prev"),
            Show($"{name}.previous.investment", (decimal?)before.Investment, $"{name}@prev"),
            Bands.ToDictionary(b => b, b => Show($"{name}.previous.atLeast.{b}", (long?)before.AtLeast[b], $"{name}_ge{b}@prev")));
        var difference = new DisclosedStageFigures(
            Show($"{name}.difference.count", (long?)s.Difference.Count, name, $"{name}@prev"),
            Show($"{name}.difference.investment", (decimal?)s.Difference.Investment, name, $"{name}@prev"),
            Bands.ToDictionary(b => b, b => Show($"{name}.difference.atLeast.{b}", (long?)s.Difference.AtLeast[b], $"{name}_ge{b}", $"{name}_ge{b}@prev")));
        var yoy = new StageYoy(
            Show($"{name}.yoy.count", s.Yoy.Count, name, $"{name}@prev"),
            Show($"{name}.yoy.investment", s.Yoy.Investment, name, $"{name}@prev"),
            Bands.ToDictionary(b => b, b => Show($"{name}.yoy.atLeast.{b}", s.Yoy.AtLeast[b], $"{name}_ge{b}", $"{name}_ge{b}@prev")));
        return new DisclosedStage(Show($"{name}.count", (long?)now.Count, name), Show($"{name}.investment", (decimal?)now.Investment, name),
            atLeast, previous, difference, yoy);
    }

    private DisclosedTarget Target(TargetFigure t, int index)
    {
        var hidden = targetWithheld(t);
        if (hidden) suppressed.AddRange(new[] { "actual", "completion", "light", "gap" }.Select(f => $"targets[{index}].{f}"));
        return new DisclosedTarget(t.Region, t.Indicator, t.Target, hidden ? null : t.Actual, hidden ? null : t.Completion, t.Schedule,
            hidden ? null : t.Light, hidden ? null : t.Gap);
    }

    private T? Show<T>(string path, T value, params string[] families) where T : struct => Show(path, (T?)value, families);

    private T? Show<T>(string path, T? value, params string[] families) where T : struct
    {
        if (!families.Any(withheld)) return value;
        suppressed.Add(path);
        return null;
    }
}
