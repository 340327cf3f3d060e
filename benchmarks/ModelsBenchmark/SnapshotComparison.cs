using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;

namespace ModelsBenchmark;

/// <summary>
/// The alternative the issue asks to measure: kpis materialised as month-end snapshots (a table built with
/// each version) instead of a macro evaluated per request. Prints the snapshot build cost and lookup latency.
/// </summary>
internal static class SnapshotComparison
{
    public static void Run(string database, BenchmarkOptions options)
    {
        using var connection = new DuckDBConnection($"Data Source={database}");
        connection.Open();
        var monthEnds = MonthEnds(new DateOnly(options.Today.Year - 2, 1, 1), options.Today);
        connection.Execute("drop table if exists kpis_month_end");
        var clock = Stopwatch.StartNew();
        connection.Execute($"create table kpis_month_end as select * from kpis(date '{monthEnds[0]:yyyy-MM-dd}')");
        foreach (var date in monthEnds.Skip(1))
            connection.Execute($"insert into kpis_month_end select * from kpis(date '{date:yyyy-MM-dd}')");
        var build = clock.Elapsed;

        var random = new Random(7);
        var dates = Enumerable.Range(0, options.Queries).Select(_ => monthEnds[random.Next(monthEnds.Count)]).ToList();
        var snapshot = LatencyProbe.Measure(dates, d => Drain(connection, "select * from kpis_month_end where as_of = $as_of", d));
        var macro = LatencyProbe.Measure(dates, d => Drain(connection, "select * from kpis($as_of)", d));
        Console.WriteLine();
        Console.WriteLine($"month-end snapshots of kpis: {monthEnds.Count} dates built in {build.TotalSeconds:0.00} s ({build.TotalMilliseconds / monthEnds.Count:0.0} ms each)");
        Console.WriteLine($"  lookup in the month-end table  p50 {snapshot.WallP50:0.00} ms  p95 {snapshot.WallP95:0.00} ms  cpu p50 {snapshot.CpuP50:0.00} ms");
        Console.WriteLine($"  kpis macro at the same dates   p50 {macro.WallP50:0.00} ms  p95 {macro.WallP95:0.00} ms  cpu p50 {macro.CpuP50:0.00} ms   macro/table p95 {macro.WallP95 / snapshot.WallP95:0.00}");
        connection.Execute("drop table kpis_month_end");
        connection.Execute("checkpoint");
    }

    private static List<DateOnly> MonthEnds(DateOnly first, DateOnly last)
    {
        var list = new List<DateOnly>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            list.Add(end <= last ? end : last);
        }
        return list;
    }

    private static void Drain(DuckDBConnection connection, string sql, DateOnly asOf)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new DuckDBParameter("as_of", asOf));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
        }
    }
}
