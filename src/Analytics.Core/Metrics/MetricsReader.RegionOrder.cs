using DuckDB.NET.Data;

namespace Analytics.Core.Metrics;

public sealed partial class MetricsReader
{
    private IReadOnlyList<string>? officialOrder;

    /// <summary>
    /// The regions in the office's official order: the mart <c>region_order(region, position)</c> where the data version
    /// has it (from the regions ledger's 排序), else <see cref="Members"/>' order. Regions the mart leaves out follow, by name.
    /// </summary>
    public IReadOnlyList<string> OfficialRegionOrder()
    {
        if (officialOrder is not null) return officialOrder;
        var members = Members("region");
        List<string> ordered;
        try
        {
            ordered = Strings("select region from region_order order by position, region").Where(members.Contains).Distinct().ToList();
        }
        catch (DuckDBException)
        {
            ordered = []; // no region_order in this version
        }
        return officialOrder = ordered.Concat(members.Where(m => !ordered.Contains(m))).ToList();
    }
}
