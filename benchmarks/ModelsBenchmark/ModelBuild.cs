using System.Diagnostics;
using Analytics.Core.Models;
using Dapper;
using DuckDB.NET.Data;

namespace ModelsBenchmark;

/// <summary>Copies the raw tables of the cached import into a fresh database and times building every model there.</summary>
internal static class ModelBuild
{
    private static readonly string[] RawTables = ["projects", "funds", "targets", "activities", "version"];

    /// <summary>Builds the models into <paramref name="target"/> (replaced); returns the wall and process CPU time of <see cref="ModelRunner.Run"/>.</summary>
    public static (TimeSpan Wall, TimeSpan Cpu) Run(string source, string target, ModelCatalog catalog, DateOnly testAsOf)
    {
        foreach (var path in new[] { target, target + ".wal" })
            if (File.Exists(path)) File.Delete(path);
        using var connection = new DuckDBConnection($"Data Source={target}");
        connection.Open();
        connection.Execute($"attach '{source.Replace("'", "''")}' as source (read_only)");
        connection.Execute("create schema raw");
        foreach (var table in RawTables)
            connection.Execute($"create table raw.{table} as select * from source.raw.{table}");
        connection.Execute("detach source");
        connection.Execute("checkpoint");
        // The limit an import builds the models under, so the figure is an import's.
        using (var rows = connection.CreateCommand())
        {
            rows.CommandText = "select (select count(*) from raw.projects) + (select count(*) from raw.funds) + (select count(*) from raw.targets) + (select count(*) from raw.activities)";
            connection.Execute($"set memory_limit = '{Analytics.Core.Ingest.Importer.ModelMemoryLimit(Convert.ToInt64(rows.ExecuteScalar()))}'");
        }

        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        ModelRunner.Run(connection, catalog, testAsOf);
        var elapsed = (clock.Elapsed, Environment.CpuUsage.TotalTime - cpu);
        connection.Execute("checkpoint");
        return elapsed;
    }

    /// <summary>Row counts of the tables the models built, for the record.</summary>
    public static IReadOnlyList<(string Table, long Rows)> BuiltTables(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select table_name, estimated_size from duckdb_tables() where schema_name = 'main' order by table_name";
        using var reader = command.ExecuteReader();
        var list = new List<(string, long)>();
        while (reader.Read()) list.Add((reader.GetString(0), reader.GetInt64(1)));
        return list;
    }
}
