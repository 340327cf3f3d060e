using System.Collections.Concurrent;
using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards.Suppression;

/// <summary>
/// The suppression of every published date of one data version, computed in date order (each date's rules look at
/// the dates before it) and kept for the version's lifetime in the process: a version never changes, so every page,
/// chart, CSV and API answer of a date shows the same cells.
/// </summary>
internal sealed class PlanSeries
{
    private const int VersionsKept = 4;

    private static readonly ConcurrentDictionary<string, PlanSeries> Versions = new(StringComparer.Ordinal);
    private static readonly ConcurrentQueue<string> Order = new();

    private readonly List<CellTable> plans = [];
    private CellIndex? index;

    /// <summary>The table of <paramref name="monthEnd"/> (a published date); null before the data's first year.</summary>
    public static CellTable? At(MetricsReader metrics, DateOnly monthEnd)
    {
        var series = Versions.GetOrAdd(metrics.DataVersion, version =>
        {
            Order.Enqueue(version);
            while (Order.Count > VersionsKept && Order.TryDequeue(out var old)) Versions.TryRemove(old, out _);
            return new PlanSeries();
        });
        lock (series) return series.Get(metrics, monthEnd);
    }

    private CellTable? Get(MetricsReader metrics, DateOnly monthEnd)
    {
        index ??= new CellIndex(metrics);
        var first = metrics.DataRange().First.Year;
        if (monthEnd.Year < first) return null;
        var found = plans.FirstOrDefault(p => p.AsOf == monthEnd);
        if (found is not null) return found;
        var from = plans.Count == 0 ? new DateOnly(first, 1, 1) : plans[^1].AsOf.AddDays(1);
        foreach (var date in PublishedDates.Between(from.Year, monthEnd).Where(d => d >= from))
            plans.Add(SuppressionPlanner.Plan(index, date, metrics.ModelRows("kpis", date), metrics.ModelRows("monthly_members", date), plans));
        return plans.FirstOrDefault(p => p.AsOf == monthEnd);
    }
}
