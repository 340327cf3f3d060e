using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards.Suppression;

/// <summary>
/// A ranking as the public may see it: the members shown, ranked among themselves (competition ranking, 1, 2, 2, 4;
/// ties by name), then every member without a value shown — withheld or without a value — by name, with no rank, so
/// neither their place nor their order tells anything. Last year's ranks are likewise ranked among last year's values
/// shown.
/// </summary>
internal static class PublicRanking
{
    public static IReadOnlyList<RankingRow> Mask(IReadOnlyList<RankingRow> rows, Func<RankingRow, bool> withheld, Func<RankingRow, bool> previousWithheld)
    {
        var shown = rows.Select(r => (Row: r, Value: withheld(r) ? null : r.Value, Previous: previousWithheld(r) ? null : r.PreviousValue)).ToList();
        var ranks = Ranks(shown.Select(s => (s.Row.Member, s.Value)));
        var previousRanks = Ranks(shown.Select(s => (s.Row.Member, s.Previous)));
        return shown
            .OrderBy(s => s.Value is null ? 1 : 0)
            .ThenByDescending(s => s.Value ?? 0)
            .ThenBy(s => s.Row.Member, StringComparer.Ordinal)
            .Select(s =>
            {
                long? rank = ranks.TryGetValue(s.Row.Member, out var r) ? r : null;
                long? previousRank = previousRanks.TryGetValue(s.Row.Member, out var p) ? p : null;
                return new RankingRow(rank, s.Row.Member, s.Value, s.Previous, previousRank, rank is null || previousRank is null ? null : previousRank - rank,
                    s.Value is null ? null : s.Row.Projects, s.Previous is null ? null : s.Row.PreviousProjects);
            })
            .ToList();
    }

    private static Dictionary<string, long> Ranks(IEnumerable<(string Member, double? Value)> values)
    {
        var ordered = values.Where(v => v.Value is { } d && !double.IsNaN(d)).OrderByDescending(v => v.Value).ToList();
        var ranks = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
            ranks[ordered[i].Member] = i > 0 && ordered[i].Value == ordered[i - 1].Value ? ranks[ordered[i - 1].Member] : i + 1;
        return ranks;
    }
}
