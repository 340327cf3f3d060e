using Analytics.Charts.Specs;


namespace Analytics.Charts.Plotting;

/// <summary>Orders ranking items: value descending, ties by name, competition ranks (1, 2, 2, 4).</summary>
internal static class Ranking
{
    public static IReadOnlyList<(int Rank, string Name, decimal Value)> Order(IEnumerable<RankingItem> items)
    {
        var sorted = items.Select(i => (Name: TextFit.Clean(i.Name), i.Value))
            .OrderByDescending(i => i.Value).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();
        var result = new List<(int, string, decimal)>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var rank = i > 0 && sorted[i].Value == sorted[i - 1].Value ? result[i - 1].Item1 : i + 1;
            result.Add((rank, sorted[i].Name, sorted[i].Value));
        }
        return result;
    }
}
