using System.Data.Common;
using Analytics.Core.Models;
using DuckDB.NET.Data;

namespace Analytics.Core.Metrics;

/// <summary>Reads the marts of a data version: the contract that the CLI, pages, reports and users' scripts share.</summary>
public sealed partial class MetricsReader(DuckDBConnection connection, string dataVersion)
{
    public static readonly IReadOnlyList<string> Dimensions = ["region", "industry_chain", "fund_source"];

    public static readonly IReadOnlyList<string> RankingMetrics =
        ["signed_count", "signed_investment", "started_count", "funds_in_place", "target_completion", "funds_yoy"];

    private static readonly string[] Bands = ["1", "10", "20", "50", "100"];

    // A data version never changes: its date range and members are read once per reader.
    private readonly Dictionary<string, IReadOnlyList<string>> members = new(StringComparer.Ordinal);
    private (DateOnly First, DateOnly Last)? dataRange;

    public string DataVersion => dataVersion;

    /// <summary>The first and last dates the data covers (read once: a data version never changes).</summary>
    public (DateOnly First, DateOnly Last) DataRange() => dataRange ??= ReadDataRange();

    private (DateOnly First, DateOnly Last) ReadDataRange()
    {
        using var command = connection.CreateCommand();
        // The daily totals hold every dated event (signed, started, producing, in statistics): a few thousand rows, not every project.
        command.CommandText = "select min(day), max(day) from int_project_events where dimension = 'all'";
        using var reader = command.ExecuteReader();
        reader.Read();
        if (reader.IsDBNull(0)) throw new MetricsException("数据中没有任何日期 / the data holds no dates");
        return (reader.GetFieldValue<DateOnly>(0), reader.GetFieldValue<DateOnly>(1));
    }

    /// <summary>Checks that an as-of date lies within the years the data covers.</summary>
    public void CheckAsOf(DateOnly asOf)
    {
        var (first, last) = DataRange();
        var lastAllowed = new DateOnly(last.Year, 12, 31);
        if (asOf < new DateOnly(first.Year, 1, 1) || asOf > lastAllowed)
            throw new MetricsException($"日期 {asOf:yyyy-MM-dd} 超出数据范围（{first.Year}-01-01 至 {lastAllowed:yyyy-MM-dd}）/ as-of date {asOf:yyyy-MM-dd} is outside the data ({first.Year}-01-01 to {lastAllowed:yyyy-MM-dd})");
    }

    /// <summary>
    /// The members of a dimension (read once per dimension): regions in the office's official order (model
    /// <c>region_order</c>; name order in a data version built before it), industry chains and fund sources by name.
    /// </summary>
    public IReadOnlyList<string> Members(string dimension)
    {
        if (!Dimensions.Contains(dimension))
            throw new MetricsException($"未知维度「{dimension}」，应为 region、industry_chain 或 fund_source / unknown dimension {dimension}");
        if (!members.TryGetValue(dimension, out var list))
            members[dimension] = list = dimension == "region" && HasTable("region_order")
                ? Strings("select m.member from int_members m left join region_order o on o.region = m.member where m.dimension = 'region' order by o.position nulls last, m.member")
                : Strings($"select member from int_members where dimension = '{dimension}' order by 1");
        return list;
    }

    /// <summary><paramref name="regions"/> in the official order of <see cref="Members"/> (全市 first, unknown names last by name).</summary>
    public IReadOnlyList<string> InRegionOrder(IEnumerable<string> regions) =>
        regions.OrderBy(RegionPosition).ThenBy(r => r, StringComparer.Ordinal).ToList();

    /// <summary>The place of <paramref name="region"/> in the official order, from 0; 全市 −1, a name not in the data after every region.</summary>
    public int RegionPosition(string region)
    {
        if (region == "全市") return -1;
        regionPositions ??= Members("region").Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        return regionPositions.GetValueOrDefault(region, int.MaxValue);
    }

    private Dictionary<string, int>? regionPositions;

    private bool HasTable(string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select count(*) from duckdb_tables() where table_name = $name";
        command.Parameters.Add(new DuckDBParameter("name", name));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    public KpiReport Kpis(DateOnly asOf, string? region = null)
    {
        CheckAsOf(asOf);
        if (region is not null && !Members("region").Contains(region))
            throw new MetricsException($"未知地区「{region}」，应为：{string.Join("、", Members("region"))} / unknown region {region}");
        var targets = Targets(asOf).Where(t => region is null || t.Region == region).ToList();
        using var command = connection.CreateCommand();
        command.CommandText = "select * from kpis($as_of) where dimension = $dimension and member = $member";
        command.Parameters.Add(new DuckDBParameter("as_of", asOf));
        command.Parameters.Add(new DuckDBParameter("dimension", region is null ? "all" : "region"));
        command.Parameters.Add(new DuckDBParameter("member", region ?? "全市"));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) throw new MetricsException($"地区「{region}」在 {asOf:yyyy-MM-dd} 没有数据 / no data for {region}");
        var row = new Row(reader);
        return new KpiReport(
            asOf, row.Date("period_start"), dataVersion, region ?? "全市",
            Stage(row, "signed"), Stage(row, "started"),
            new ProducingFigures(row.Long("producing_count"), row.Decimal("producing_investment"), row.Long("producing_count_prev"), row.Decimal("producing_investment_prev")),
            new UnderConstructionFigures(row.Long("under_construction_ge1"), row.Long("under_construction_ge1_outside"), row.Long("under_construction_ge1_prev")),
            new FundFigures(row.Decimal("funds_in_place"), row.Decimal("funds_prev"), row.Decimal("funds_in_place") - row.Decimal("funds_prev"), row.Double("funds_yoy"),
                row.Long("funds_projects"), row.Long("funds_projects_prev")),
            row.Double("start_rate"), row.Double("stats_rate"), row.Double("start_rate_prev"), row.Double("stats_rate_prev"), row.Double("industrial_share"),
            targets,
            new RateCounts(row.Long("signed_ge1_started"), row.Long("signed_ge1_in_stats"), row.Long("signed_ge1_started_prev"),
                row.Long("signed_ge1_in_stats_prev"), row.Long("signed_industrial")));
    }

    public IReadOnlyList<TargetFigure> Targets(DateOnly asOf)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select * from target_progress($as_of) order by region = '全市' desc, region, indicator";
        command.Parameters.Add(new DuckDBParameter("as_of", asOf));
        using var reader = command.ExecuteReader();
        var list = new List<TargetFigure>();
        while (reader.Read())
        {
            var row = new Row(reader);
            list.Add(new TargetFigure(row.String("region"), row.String("indicator"), row.Decimal("target"), row.Decimal("actual"),
                row.Double("completion"), row.Double("schedule") ?? 0, row.String("light"), row.Double("gap"), row.Long("projects")));
        }
        // 全市 first, then the regions in the official order.
        return list.OrderBy(t => RegionPosition(t.Region)).ThenBy(t => t.Region, StringComparer.Ordinal).ThenBy(t => t.Indicator, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<RankingRow> Rankings(DateOnly asOf, string by, string metric)
    {
        CheckAsOf(asOf);
        if (!Dimensions.Contains(by))
            throw new MetricsException($"未知维度「{by}」，应为 {string.Join("、", Dimensions)} / unknown --by {by}");
        if (!RankingMetrics.Contains(metric))
            throw new MetricsException($"未知指标「{metric}」，应为 {string.Join("、", RankingMetrics)} / unknown --metric {metric}");
        if (metric == "target_completion" && by != "region")
            throw new MetricsException("目标完成率只按地区排名 / target_completion ranks regions only (--by region)");
        using var command = connection.CreateCommand();
        command.CommandText = "select rank, member, value, previous_value, previous_rank, rank_change, projects, previous_projects from rankings($as_of) where dimension = $by and metric = $metric";
        command.Parameters.Add(new DuckDBParameter("as_of", asOf));
        command.Parameters.Add(new DuckDBParameter("by", by));
        command.Parameters.Add(new DuckDBParameter("metric", metric));
        using var reader = command.ExecuteReader();
        var list = new List<RankingRow>();
        while (reader.Read())
        {
            var row = new Row(reader);
            list.Add(new RankingRow(row.NullableLong("rank"), row.String("member"), row.Double("value"), row.Double("previous_value"),
                row.NullableLong("previous_rank"), row.NullableLong("rank_change"), row.Long("projects"), row.NullableLong("previous_projects")));
        }
        return list;
    }

    /// <summary>Opens a reader on any mart or staging model; macros are read at <paramref name="asOf"/>.</summary>
    public DbDataReader Query(ModelCatalog catalog, string model, DateOnly? asOf)
    {
        var definition = catalog.Find(model)
            ?? throw new MetricsException($"未知模型「{model}」，可用：{string.Join("、", catalog.Models.Select(m => m.Name))} / unknown model {model}");
        var command = connection.CreateCommand();
        command.UseStreamingMode = true; // a staging model can have millions of rows
        if (definition.Materialization == Materialization.Macro)
        {
            var date = asOf ?? throw new MetricsException($"模型 {model} 需要 --as-of 日期 / model {model} needs --as-of");
            CheckAsOf(date);
            command.CommandText = $"select * from {definition.Name}($as_of)";
            command.Parameters.Add(new DuckDBParameter("as_of", date));
        }
        else
        {
            command.CommandText = $"select * from {definition.Name}";
        }
        return command.ExecuteReader();
    }

    private static StageFigures Stage(Row row, string stage)
    {
        IReadOnlyDictionary<string, long> Bands(string suffix) =>
            MetricsReader.Bands.ToDictionary(b => b, b => row.Long($"{stage}_ge{b}{suffix}"));
        var now = new StagePrevious(row.Long($"{stage}_count"), row.Decimal($"{stage}_investment"), Bands(""));
        var previous = new StagePrevious(row.Long($"{stage}_count_prev"), row.Decimal($"{stage}_investment_prev"), Bands("_prev"));
        var difference = new StagePrevious(now.Count - previous.Count, now.Investment - previous.Investment,
            MetricsReader.Bands.ToDictionary(b => b, b => now.AtLeast[b] - previous.AtLeast[b]));
        var yoy = new StageYoy(Ratio(now.Count, previous.Count), Ratio((double)now.Investment, (double)previous.Investment),
            MetricsReader.Bands.ToDictionary(b => b, b => Ratio(now.AtLeast[b], previous.AtLeast[b])));
        return new StageFigures(now.Count, now.Investment, now.AtLeast, previous, difference, yoy);
    }

    private static double? Ratio(double current, double previous) => previous == 0 ? null : (current - previous) / previous;

    private List<string> Strings(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }

    /// <summary>Column access by name for one row.</summary>
    private sealed class Row(DbDataReader reader)
    {
        public long Long(string name) => reader.GetInt64(reader.GetOrdinal(name));

        public long? NullableLong(string name) => reader.IsDBNull(reader.GetOrdinal(name)) ? null : reader.GetInt64(reader.GetOrdinal(name));

        public decimal Decimal(string name) => reader.GetDecimal(reader.GetOrdinal(name)) / 1.000000000000000000000000000000000m; // drops trailing zeros

        public double? Double(string name) => reader.IsDBNull(reader.GetOrdinal(name)) ? null : reader.GetDouble(reader.GetOrdinal(name));

        public string String(string name) => reader.GetString(reader.GetOrdinal(name));

        public DateOnly Date(string name) => reader.GetFieldValue<DateOnly>(reader.GetOrdinal(name));

        public DateOnly? NullableDate(string name) => reader.IsDBNull(reader.GetOrdinal(name)) ? null : Date(name);

        public string? NullableString(string name) => reader.IsDBNull(reader.GetOrdinal(name)) ? null : String(name);

        public decimal? NullableDecimal(string name) => reader.IsDBNull(reader.GetOrdinal(name)) ? null : Decimal(name);
    }
}
