using Analytics.Core.Ingest.Store;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace Analytics.Core.Metrics;

public sealed partial class MetricsReader
{
    /// <summary>The projects of <paramref name="query"/> from stg_projects (and stg_funds for a list by funds), largest first, ties by 项目编号.</summary>
    public IReadOnlyList<ProjectEntry> Projects(ProjectQuery query)
    {
        if (query.Region is not null && !Members("region").Contains(query.Region))
            throw new MetricsException($"未知地区「{query.Region}」，应为：{string.Join("、", Members("region"))} / unknown region {query.Region}");
        using var command = connection.CreateCommand();
        var region = query.Region is null ? "" : " and p.region = $region";
        var limit = query.Top is { } top ? $" limit {Math.Max(0, top)}" : "";
        const string columns = "p.project_id, p.project_name, p.investor, p.region, p.industry_chain, p.fund_source, p.investment, p.signed_on, p.started_on, p.producing_on, p.in_stats_on, p.status";
        if (query.Event == ProjectEvent.Funds)
        {
            command.CommandText =
                $"select {columns}, sum(f.amount) as funds from stg_funds f join stg_projects p using (project_id) " +
                $"where f.month between date_trunc('month', $from::date) and date_trunc('month', $to::date){region} " +
                $"group by all having sum(f.amount) <> 0 order by funds desc, p.project_id{limit}";
        }
        else
        {
            var date = query.Event switch
            {
                ProjectEvent.Signed => "signed_on",
                ProjectEvent.Started => "started_on",
                ProjectEvent.Producing => "producing_on",
                _ => "in_stats_on",
            };
            command.CommandText =
                $"select {columns}, null::decimal(38, 6) as funds from stg_projects p " +
                $"where p.{date} between $from and $to{region} order by p.investment desc, p.project_id{limit}";
        }
        command.Parameters.Add(new DuckDBParameter("from", query.From));
        command.Parameters.Add(new DuckDBParameter("to", query.To));
        if (query.Region is not null) command.Parameters.Add(new DuckDBParameter("region", query.Region));
        using var reader = command.ExecuteReader();
        var list = new List<ProjectEntry>();
        while (reader.Read())
        {
            var row = new Row(reader);
            list.Add(new ProjectEntry(row.String("project_id"), row.String("project_name"), row.NullableString("investor"), row.String("region"),
                row.String("industry_chain"), row.String("fund_source"), row.Decimal("investment"), row.NullableDate("signed_on"),
                row.NullableDate("started_on"), row.NullableDate("producing_on"), row.NullableDate("in_stats_on"), row.String("status"),
                row.NullableDecimal("funds")));
        }
        return list;
    }

    /// <summary>
    /// Every row of a mart macro read at <paramref name="asOf"/> (e.g. kpis, monthly_members, funnel), column name →
    /// value (long, decimal, double, string, DateOnly; null for SQL NULL), in the model's order.
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ModelRows(string model, DateOnly asOf)
    {
        if (!ModelName().IsMatch(model)) throw new MetricsException($"模型名称无效「{model}」/ invalid model name {model}");
        CheckAsOf(asOf);
        using var command = connection.CreateCommand();
        command.CommandText = $"select * from {model}($as_of)";
        command.Parameters.Add(new DuckDBParameter("as_of", asOf));
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < reader.FieldCount; i++)
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : DuckDbValues.Plain(reader.GetValue(i));
                rows.Add(row);
            }
        }
        catch (DuckDBException e)
        {
            throw new MetricsException($"无法读取模型 {model}：{e.Message} / cannot read model {model}");
        }
        return rows;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex ModelName();
}
