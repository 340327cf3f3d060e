using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards.Suppression;

/// <summary>
/// The cells of one data version: cell 0 is the whole jurisdiction (全市), then every member of each dimension. A line
/// is a dimension's members, which add up to cell 0.
/// </summary>
internal sealed class CellIndex
{
    private readonly Dictionary<(string Dimension, string Member), int> ids = new();
    private readonly Dictionary<string, int[]> lines = new(StringComparer.Ordinal);

    public CellIndex(MetricsReader metrics)
    {
        ids[("all", "全市")] = 0;
        foreach (var dimension in MetricsReader.Dimensions)
        {
            var members = metrics.Members(dimension);
            lines[dimension] = members.Select(m => ids[(dimension, m)] = ids.Count).ToArray();
        }
    }

    public int Count => ids.Count;

    /// <summary>The members of a dimension (region, industry_chain, fund_source), as cell ids in name order.</summary>
    public IReadOnlyDictionary<string, int[]> Lines => lines;

    /// <summary>The cell of a kpis row's dimension and member; null for a member the index does not know.</summary>
    public int? Find(string dimension, string member) => ids.TryGetValue((dimension, member), out var id) ? id : null;

    /// <summary>The cell of a region (null: 全市).</summary>
    public int Region(string? region) => region is null ? 0 : Find("region", region) ?? throw new MetricsException($"未知地区「{region}」/ unknown region {region}");
}
