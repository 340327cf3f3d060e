using System.Diagnostics;
using Analytics.Core.Models;
using Dapper;
using DuckDB.NET.Data;

namespace ModelsBenchmark;

/// <summary>Builds each model again on the built database, one at a time, and prints where the build time goes.</summary>
internal static class BuildBreakdown
{
    public static void Run(string database, ModelCatalog catalog)
    {
        using var connection = new DuckDBConnection($"Data Source={database}");
        connection.Open();
        Console.WriteLine("model build, one model at a time (create or replace on the built database):");
        var total = TimeSpan.Zero;
        foreach (var model in ModelRunner.Order(catalog))
        {
            var clock = Stopwatch.StartNew();
            connection.Execute(model.CreateStatement);
            total += clock.Elapsed;
            Console.WriteLine($"  {model.Name,-24} {model.Materialization,-6} {clock.Elapsed.TotalSeconds,7:0.00} s");
        }
        Console.WriteLine($"  {"all models",-31} {total.TotalSeconds,7:0.00} s (the rest of ModelRunner.Run is the data tests)");
        connection.Execute("checkpoint");
    }
}
