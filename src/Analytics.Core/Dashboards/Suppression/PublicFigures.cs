using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards.Suppression;

/// <summary>
/// The figures of one published date as the public may see them: the one place where public outputs (pages, charts,
/// CSV tables, the anonymous API, digests) get their data. Cells the <see cref="SuppressionPlanner"/> withholds are
/// null before anything is rendered; last year's figures follow last year's plan of the same date.
/// </summary>
public sealed class PublicFigures
{
    private readonly MetricsReader metrics;
    private readonly CellTable now;
    private readonly CellTable? before;

    private PublicFigures(MetricsReader metrics, CellTable now, CellTable? before)
    {
        this.metrics = metrics;
        this.now = now;
        this.before = before;
    }

    /// <summary>The published date these figures are of.</summary>
    public DateOnly AsOf => now.AsOf;

    /// <summary>
    /// The published date for a requested one: the latest month end on or before it that the data covers; a
    /// <see cref="MetricsException"/> where the data has no complete month yet.
    /// </summary>
    public static DateOnly PublishedDate(MetricsReader metrics, DateOnly requested)
    {
        metrics.CheckAsOf(requested);
        var (first, last) = metrics.DataRange();
        return PublishedDates.Latest(requested, last) is { } date && date.Year >= first.Year
            ? date
            : throw new MetricsException($"{requested:yyyy-MM-dd} 之前尚无公开发布的月度数据（公开数据截至每月月末）/ no month published by {requested:yyyy-MM-dd} (public figures are as of month ends)");
    }

    /// <summary>The public figures at the published date for <paramref name="requested"/>.</summary>
    public static PublicFigures At(MetricsReader metrics, DateOnly requested)
    {
        var date = PublishedDate(metrics, requested);
        var now = PlanSeries.At(metrics, date) ?? throw new MetricsException($"{date:yyyy-MM-dd} 无公开数据 / nothing published for {date:yyyy-MM-dd}");
        var lastYear = date.AddYears(-1);
        // 28 February after a leap year: last year's figures are of a day that was not published (the 29th was).
        var before = PublishedDates.IsMonthEnd(lastYear) ? PlanSeries.At(metrics, lastYear) : null;
        return new PublicFigures(metrics, now, before);
    }

    /// <summary>Whether the public may see a family's cell (<c>family@prev</c>: last year's figure) of a dimension's member.</summary>
    public bool Withheld(string family, string dimension, string member)
    {
        var cell = now.Index.Find(dimension, member);
        if (cell is null) return true;
        if (!family.EndsWith("@prev", StringComparison.Ordinal)) return now.IsHidden(family, cell.Value);
        return before is null || before.IsHidden(family[..^5], cell.Value);
    }

    /// <summary>The KPI report of a region (null: 全市) as the public may see it.</summary>
    public DisclosedKpiReport Kpis(string? region)
    {
        var (dimension, member) = region is null ? ("all", "全市") : ("region", region);
        var report = metrics.Kpis(now.AsOf, region);
        return new KpiMasker(f => Withheld(f, dimension, member), TargetWithheld).Disclose(report);
    }

    /// <summary>The targets at the date, the actual of each withheld (0 and 0 projects) where its cell is.</summary>
    public IReadOnlyList<TargetFigure> Targets() =>
        metrics.Targets(now.AsOf).Select(t => TargetWithheld(t) ? t with { Actual = 0, Completion = null, Light = "", Gap = null, Projects = 0 } : t).ToList();

    /// <summary>A ranking as the public may see it (see <see cref="PublicRanking"/>).</summary>
    public IReadOnlyList<RankingRow> Rankings(string by, string metric) =>
        PublicRanking.Mask(metrics.Rankings(now.AsOf, by, metric), row => ValueWithheld(by, metric, row.Member, previous: false),
            row => ValueWithheld(by, metric, row.Member, previous: true));

    /// <summary>The rows of the kpis model at the date, every column of a withheld cell null.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> KpiRows() =>
        metrics.ModelRows("kpis", now.AsOf).Select(row =>
        {
            var copy = new Dictionary<string, object?>(row, StringComparer.Ordinal);
            var (dimension, member) = ((string)row["dimension"]!, (string)row["member"]!);
            foreach (var family in CellFamily.All)
            {
                if (Withheld(family.Name, dimension, member)) foreach (var column in family.Values) copy[column] = null;
                if (Withheld(family.Name + "@prev", dimension, member)) foreach (var column in family.PreviousValues) copy[column] = null;
            }
            foreach (var (column, families) in CellFamily.Derived)
                if (families.Any(f => Withheld(f, dimension, member))) copy[column] = null;
            return (IReadOnlyDictionary<string, object?>)copy;
        }).ToList();

    /// <summary>
    /// The rows of monthly_members at the date: a running total of a month is shown where that month's published
    /// figure is; a month's own figure only where it is the difference of two shown running totals.
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> MonthlyRows() =>
        PublicMonths.Mask(metrics.ModelRows("monthly_members", now.AsOf), date => PlanSeries.At(metrics, date));

    private bool ValueWithheld(string by, string metric, string member, bool previous)
    {
        var plan = previous ? before : now;
        if (plan is null) return true;
        var cell = plan.Index.Find(by, member);
        if (cell is null) return true;
        if (metric == "target_completion")
        {
            var targets = metrics.Targets(plan.AsOf).Where(t => t.Region == member && t.Target != 0).ToList();
            return targets.Count == 0 || targets.Any(t => CellFamily.OfIndicator(t.Indicator) is not { } f || plan.IsHidden(f, cell.Value));
        }
        var family = CellFamily.OfRanking(metric)!;
        if (plan.IsHidden(family, cell.Value)) return true;
        if (metric != "funds_yoy") return false;
        // A growth rate needs the year before too.
        var yearBefore = plan.AsOf.AddYears(-1);
        return !PublishedDates.IsMonthEnd(yearBefore) || PlanSeries.At(metrics, yearBefore) is not { } older || older.IsHidden(family, cell.Value);
    }

    private bool TargetWithheld(TargetFigure t)
    {
        var cell = t.Region == "全市" ? 0 : now.Index.Find("region", t.Region);
        return cell is null || CellFamily.OfIndicator(t.Indicator) is not { } family || now.IsHidden(family, cell.Value);
    }
}
