using Analytics.Core.Dashboards.Blocks.Charts;
using Analytics.Core.Dashboards.Suppression;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// A monthly bulletin's figures of one KPI metric for every region (in the official order) and the city: this month,
/// last month, the year to date and last year's year to date, each as the viewer may see it (null where withheld or
/// unknown, e.g. last month in January), read from the kpis model at the as-of date and the two month ends before.
/// </summary>
internal sealed record BulletinFigures(string Member, decimal? Month, decimal? LastMonth, decimal? Year, decimal? PreviousYear)
{
    public static IReadOnlyList<BulletinFigures> Read(BlockContext context, KpiMetric metric)
    {
        var asOf = context.AsOf;
        var monthEnd = MonthFigures.MonthBefore(asOf);
        var lastMonthEnd = monthEnd is { } m ? MonthFigures.MonthBefore(m) : null;
        var now = Rows(context, asOf);
        var before = monthEnd is { } b ? Rows(context, b) : null;
        var earlier = lastMonthEnd is { } e ? Rows(context, e) : null;
        var members = context.Metrics.OfficialRegionOrder().Append("全市");
        return members.Select(member =>
        {
            var year = Value(now, member, metric.Column);
            var yearBefore = before is null ? 0m : Value(before, member, metric.Column);
            // In February the month before is January, whose year to date is the month itself.
            var lastMonth = before is null ? null : Minus(yearBefore, earlier is null ? 0m : Value(earlier, member, metric.Column));
            return new BulletinFigures(member, Minus(year, yearBefore), lastMonth, year, metric.PreviousColumn is { } p ? Value(now, member, p) : null);
        }).ToList();
    }

    /// <summary>Some figure of the row is unknown though it exists (withheld from the public): last month exists after January.</summary>
    public bool Withheld(DateOnly asOf) => Month is null || Year is null || (LastMonth is null && asOf.Month > 1);

    /// <summary>Competition ranks (1, 2, 2, 4) of the regions by <paramref name="value"/>, descending; none for a withheld value or the city.</summary>
    public static Dictionary<string, int> Ranks(IReadOnlyList<BulletinFigures> rows, Func<BulletinFigures, decimal?> value)
    {
        var ranked = rows.Where(r => r.Member != "全市" && value(r) is not null).OrderByDescending(r => value(r)).ToList();
        return ranked.ToDictionary(r => r.Member, r => 1 + ranked.Count(o => value(o) > value(r)));
    }

    private static Dictionary<string, IReadOnlyDictionary<string, object?>> Rows(BlockContext context, DateOnly date)
    {
        var rows = context.Masked ? PublicFigures.At(context.Metrics, date).KpiRows() : context.Metrics.ModelRows("kpis", date);
        return rows.Where(r => (string?)r["dimension"] is "region" or "all").ToDictionary(r => (string)r["member"]!);
    }

    private static decimal? Value(Dictionary<string, IReadOnlyDictionary<string, object?>> rows, string member, string column) =>
        rows.TryGetValue(member, out var row) ? ModelValues.Number(row[column]) : 0m;

    private static decimal? Minus(decimal? a, decimal? b) => a is { } x && b is { } y ? x - y : null;
}
