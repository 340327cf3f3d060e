using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// The figures of one month (<c>?period=month</c>) as the difference of two running totals: the year to the as-of date
/// less the year to the end of the month before. Flows (signed, started, producing, funds) are differenced, last year's
/// likewise for the same months, and the YoY recomputed; stocks (under construction), the signed cohort's rates and
/// the targets stay as at the as-of date. A figure withheld in either total is withheld in the difference, so a public
/// month figure is always the difference of two published totals.
/// </summary>
internal static class MonthFigures
{
    /// <summary>The kpis model's columns that are running totals since 1 January.</summary>
    private static readonly string[] Flows =
    [
        "signed_count", "signed_investment", "signed_ge1", "signed_ge10", "signed_ge20", "signed_ge50", "signed_ge100",
        "signed_count_prev", "signed_investment_prev", "signed_ge1_prev", "signed_ge10_prev", "signed_ge20_prev", "signed_ge50_prev", "signed_ge100_prev",
        "started_count", "started_investment", "started_ge1", "started_ge10", "started_ge20", "started_ge50", "started_ge100",
        "started_count_prev", "started_investment_prev", "started_ge1_prev", "started_ge10_prev", "started_ge20_prev", "started_ge50_prev", "started_ge100_prev",
        "producing_count", "producing_investment", "producing_count_prev", "producing_investment_prev", "funds_in_place", "funds_prev",
    ];

    /// <summary>The last day of the month before the as-of month; null in January, where the month is the year to date.</summary>
    public static DateOnly? MonthBefore(DateOnly asOf) => asOf.Month == 1 ? null : new DateOnly(asOf.Year, asOf.Month, 1).AddDays(-1);

    public static DisclosedKpiReport Month(DisclosedKpiReport now, DisclosedKpiReport before)
    {
        var funds = new DisclosedFunds(Minus(now.Funds.InPlace, before.Funds.InPlace), Minus(now.Funds.Previous, before.Funds.Previous), null, null,
            now.Funds.Projects, now.Funds.PreviousProjects);
        funds = funds with { Difference = Minus(funds.InPlace, funds.Previous), Yoy = Yoy(funds.InPlace, funds.Previous) };
        return now with
        {
            PeriodStart = new DateOnly(now.AsOf.Year, now.AsOf.Month, 1),
            Signed = Stage(now.Signed, before.Signed),
            Started = Stage(now.Started, before.Started),
            Producing = new DisclosedProducing(Minus(now.Producing.Count, before.Producing.Count), Minus(now.Producing.Investment, before.Producing.Investment),
                Minus(now.Producing.PreviousCount, before.Producing.PreviousCount), Minus(now.Producing.PreviousInvestment, before.Producing.PreviousInvestment)),
            Funds = funds,
            Suppressed = now.Suppressed.Union(before.Suppressed).ToList(),
        };
    }

    /// <summary>The kpis model's rows for the month: each row's flows less those of the same member's row before.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Month(IReadOnlyList<IReadOnlyDictionary<string, object?>> now, IReadOnlyList<IReadOnlyDictionary<string, object?>> before)
    {
        var earlier = before.ToDictionary(r => ((string?)r["dimension"], (string?)r["member"]));
        return now.Select(row =>
        {
            var month = new Dictionary<string, object?>(row, StringComparer.Ordinal);
            earlier.TryGetValue(((string?)row["dimension"], (string?)row["member"]), out var old);
            foreach (var column in Flows.Where(month.ContainsKey))
                month[column] = Minus(Value(row[column]), old is null ? 0m : Value(old[column]));
            month["funds_yoy"] = Yoy((decimal?)month["funds_in_place"], (decimal?)month["funds_prev"]);
            return (IReadOnlyDictionary<string, object?>)month;
        }).ToList();
    }

    private static DisclosedStage Stage(DisclosedStage now, DisclosedStage before)
    {
        var current = new DisclosedStageFigures(Minus(now.Count, before.Count), Minus(now.Investment, before.Investment), Bands(now.AtLeast, before.AtLeast));
        var previous = new DisclosedStageFigures(Minus(now.Previous.Count, before.Previous.Count), Minus(now.Previous.Investment, before.Previous.Investment),
            Bands(now.Previous.AtLeast, before.Previous.AtLeast));
        var difference = new DisclosedStageFigures(Minus(current.Count, previous.Count), Minus(current.Investment, previous.Investment),
            current.AtLeast.ToDictionary(b => b.Key, b => Minus(b.Value, previous.AtLeast.GetValueOrDefault(b.Key))));
        var yoy = new StageYoy(Yoy(current.Count, previous.Count), Yoy(current.Investment, previous.Investment),
            current.AtLeast.ToDictionary(b => b.Key, b => Yoy(b.Value, previous.AtLeast.GetValueOrDefault(b.Key))));
        return new DisclosedStage(current.Count, current.Investment, current.AtLeast, previous, difference, yoy);
    }

    private static Dictionary<string, long?> Bands(IReadOnlyDictionary<string, long?> now, IReadOnlyDictionary<string, long?> before) =>
        now.ToDictionary(b => b.Key, b => Minus(b.Value, before.GetValueOrDefault(b.Key)));

    private static long? Minus(long? a, long? b) => a is { } x && b is { } y ? x - y : null;

    private static decimal? Minus(decimal? a, decimal? b) => a is { } x && b is { } y ? x - y : null;

    private static double? Yoy(decimal? current, decimal? previous) => current is { } c && previous is { } p && p != 0 ? (double)((c - p) / p) : null;

    private static double? Yoy(long? current, long? previous) => Yoy((decimal?)current, previous);

    private static decimal? Value(object? cell) => cell is null ? null : Convert.ToDecimal(cell, System.Globalization.CultureInfo.InvariantCulture);
}
