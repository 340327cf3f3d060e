using System.Globalization;

namespace ProviderBenchmark;

/// <summary>Benchmark 2: appending ledger-shaped rows, per contender.</summary>
public static class AppendingBenchmark
{
    public const string Key = "append";
    public const string FloorLabel = "C appender API, per value (gcc -O2)";

    public static Scenario Run(BenchmarkOptions options)
    {
        Log.Progress("append: generating rows and the CSV file");
        var rows = LedgerRows.Generate(options.AppendRows);
        Directory.CreateDirectory(options.WorkFolder);
        var csv = Path.GetFullPath(Path.Combine(options.WorkFolder, "ledger.csv"));
        rows.WriteCsv(csv);

        Contender[] contenders =
        [
            DuckDbNetAppending.CreateAppender(rows),
            ExternalContender.Create(FloorLabel, options.FloorProgram,
                (w, r) => ["append", w, r, Key, csv, LedgerRows.CreateTableSql, LedgerRows.FingerprintSql], options.WarmUps),
            DuckDbNetAppending.CreateReadCsv(csv),
        ];
        var measurements = Rounds.Run(Key, contenders, options.WarmUps, options.Runs);
        var title = $"Append ledger rows: 10 columns (6 VARCHAR, DECIMAL(18,4), 3 DATE, a third of producing_on NULL); CSV {new FileInfo(csv).Length / 1_000_000.0:F1} MB";
        return new Scenario(title, rows.Count, measurements);
    }

    /// <summary>DuckDB.NET's appender at least 0.7× the C appender's throughput (wall time; CPU ratio shown beside it); its allocation per row is shown.</summary>
    public static IEnumerable<Goal> Goals(Scenario scenario)
    {
        var floor = scenario.Find(FloorLabel);
        var throughput = floor.Median / scenario.Ours.Median;
        var cpu = floor.CpuMedian / scenario.Ours.CpuMedian;
        var allocated = scenario.Ours.AllocatedBytesPerRow ?? double.NaN;
        yield return new Goal($"{Key}: DuckDB.NET's throughput vs the C appender",
            Goal.Phrase($"{throughput:F2}× its rows/s (cpu {cpu:F2}×)"), "≥ 0.70× its rows/s", throughput >= 0.7);
        yield return new Goal($"{Key}: DuckDB.NET's managed allocation in the append loop", Goal.Phrase($"{allocated:F1} B/row"), "shown", true);
        yield return new Goal($"{Key}: every contender wrote the same table", scenario.SameResults ? "same" : "different", "same", scenario.SameResults);
    }
}
