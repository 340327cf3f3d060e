using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards;

/// <summary>Builds a <see cref="DisclosedKpiReport"/>, withholding (when masking) each figure by the projects behind it.</summary>
internal sealed class KpiMasker(bool mask)
{
    private static readonly string[] Bands = ["1", "10", "20", "50", "100"];

    private readonly List<string> suppressed = [];

    public static DisclosedKpiReport Disclose(KpiReport r, bool mask)
    {
        var m = new KpiMasker(mask);
        var signed = m.Stage("signed", r.Signed);
        var started = m.Stage("started", r.Started);
        var producing = new DisclosedProducing(
            m.Show("producing.count", r.Producing.Count, r.Producing.Count),
            m.Show("producing.investment", r.Producing.Investment, r.Producing.Count),
            m.Show("producing.previousCount", r.Producing.PreviousCount, r.Producing.PreviousCount),
            m.Show("producing.previousInvestment", r.Producing.PreviousInvestment, r.Producing.PreviousCount));
        var building = new DisclosedUnderConstruction(
            m.Show("underConstruction.atLeast1", r.UnderConstruction.AtLeast1, r.UnderConstruction.AtLeast1),
            m.Show("underConstruction.atLeast1OutsideProvince", r.UnderConstruction.AtLeast1OutsideProvince, r.UnderConstruction.AtLeast1OutsideProvince),
            m.Show("underConstruction.previousAtLeast1", r.UnderConstruction.PreviousAtLeast1, r.UnderConstruction.PreviousAtLeast1));
        var f = r.Funds;
        var funds = new DisclosedFunds(
            m.Show("funds.inPlace", f.InPlace, f.Projects),
            m.Show("funds.previous", f.Previous, f.PreviousProjects),
            m.Show("funds.difference", f.Difference, f.Projects, f.PreviousProjects),
            m.Show("funds.yoy", f.Yoy, f.Projects, f.PreviousProjects),
            m.Show("funds.projects", f.Projects, f.Projects),
            m.Show("funds.previousProjects", f.PreviousProjects, f.PreviousProjects));
        var c = r.RateCounts;
        var targets = r.Targets.Select((t, i) => m.Target(i, t)).ToList();
        return new DisclosedKpiReport(r.AsOf, r.PeriodStart, r.DataVersion, r.Region, signed, started, producing, building, funds,
            m.Show("startRate", r.StartRate, r.Signed.AtLeast["1"], c.Started),
            m.Show("statsRate", r.StatsRate, r.Signed.AtLeast["1"], c.InStats),
            m.Show("startRatePrevious", r.StartRatePrevious, r.Signed.Previous.AtLeast["1"], c.PreviousStarted),
            m.Show("statsRatePrevious", r.StatsRatePrevious, r.Signed.Previous.AtLeast["1"], c.PreviousInStats),
            m.Show("industrialShare", r.IndustrialShare, r.Signed.Count, c.Industrial),
            targets, m.suppressed);
    }

    private DisclosedStage Stage(string name, StageFigures s)
    {
        var (now, before) = (s, s.Previous);
        var atLeast = Bands.ToDictionary(b => b, b => Show($"{name}.atLeast.{b}", (long?)now.AtLeast[b], now.AtLeast[b]));
        var previous = new DisclosedStageFigures(
            Show($"{name}.previous.count", (long?)before.Count, before.Count),
            Show($"{name}.previous.investment", (decimal?)before.Investment, before.Count),
            Bands.ToDictionary(b => b, b => Show($"{name}.previous.atLeast.{b}", (long?)before.AtLeast[b], before.AtLeast[b])));
        var difference = new DisclosedStageFigures(
            Show($"{name}.difference.count", (long?)s.Difference.Count, now.Count, before.Count),
            Show($"{name}.difference.investment", (decimal?)s.Difference.Investment, now.Count, before.Count),
            Bands.ToDictionary(b => b, b => Show($"{name}.difference.atLeast.{b}", (long?)s.Difference.AtLeast[b], now.AtLeast[b], before.AtLeast[b])));
        var yoy = new StageYoy(
            Show($"{name}.yoy.count", s.Yoy.Count, now.Count, before.Count),
            Show($"{name}.yoy.investment", s.Yoy.Investment, now.Count, before.Count),
            Bands.ToDictionary(b => b, b => Show($"{name}.yoy.atLeast.{b}", s.Yoy.AtLeast[b], now.AtLeast[b], before.AtLeast[b])));
        return new DisclosedStage(Show($"{name}.count", (long?)now.Count, now.Count), Show($"{name}.investment", (decimal?)now.Investment, now.Count),
            atLeast, previous, difference, yoy);
    }

    private DisclosedTarget Target(int index, TargetFigure t)
    {
        var disclosed = Disclosure.Disclose(t, mask);
        if (disclosed.Actual is null) suppressed.AddRange(new[] { "actual", "completion", "light", "gap" }.Select(f => $"targets[{index}].{f}"));
        return disclosed;
    }

    private T? Show<T>(string path, T value, params long[] projects) where T : struct => Show(path, (T?)value, projects);

    private T? Show<T>(string path, T? value, params long[] projects) where T : struct
    {
        if (!mask || !Disclosure.Hidden(projects)) return value;
        suppressed.Add(path);
        return null;
    }
}
