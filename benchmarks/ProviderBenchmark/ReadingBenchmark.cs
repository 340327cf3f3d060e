using System.Globalization;

namespace ProviderBenchmark;

/// <summary>Benchmark 1: reading a streamed (BIGINT, DOUBLE, VARCHAR) result into values, per contender.</summary>
public static class ReadingBenchmark
{
    public const string FloorLabel = "C API floor (gcc -O2)";
    public const string NodeRowsLabel = "Node API: chunk.getRows()";
    public const string NodeColumnsLabel = "Node API: chunk.getColumns()";

    /// <summary>Strings of at most 12 bytes (DuckDB inlines them) and of 25 to 31 bytes (stored behind a pointer).</summary>
    public static IEnumerable<(string Key, string Title, string Sql)> Variants(long rows)
    {
        var count = rows.ToString(CultureInfo.InvariantCulture);
        yield return ("read-short", "Read (BIGINT, DOUBLE, VARCHAR ≤ 12 bytes, inlined)",
            $"select i, i::double * 0.5, 'item-' || i from range({count}) t(i)");
        yield return ("read-long", "Read (BIGINT, DOUBLE, VARCHAR 25–31 bytes, not inlined)",
            $"select i, i::double * 0.5, 'investment-project-name-' || i from range({count}) t(i)");
    }

    /// <summary>Warm-up runs read the first million rows: enough to compile every path, in a fraction of a run.</summary>
    public static string WarmUpSql(string sql) => $"select * from ({sql}) limit 1000000";

    public static Scenario Run(BenchmarkOptions options, string key, string title, string sql)
    {
        var warmUp = WarmUpSql(sql);
        Contender[] contenders =
        [
            DuckDbNetReading.Create(sql, warmUp, streaming: true),
            DuckDbNetReading.Create(sql, warmUp, streaming: false),
            ExternalContender.Create(FloorLabel, options.FloorProgram, (w, r) => ["read", w, r, key, sql, warmUp], options.WarmUps),
            ExternalContender.Create(NodeRowsLabel, "node", (w, r) => ["read.mjs", "rows", w, r, key, sql, warmUp], options.WarmUps, options.NodeFolder),
            ExternalContender.Create(NodeColumnsLabel, "node", (w, r) => ["read.mjs", "columns", w, r, key, sql, warmUp], options.WarmUps, options.NodeFolder),
        ];
        return new Scenario($"{title}: {sql}", options.ReadRows, Rounds.Run(key, contenders, options.WarmUps, options.Runs));
    }

    /// <summary>
    /// DuckDB.NET (streaming) at most 1.4× the C floor's time, judged on wall time with the CPU-time ratio beside it;
    /// the Node API and the buffered default are shown for reference.
    /// </summary>
    public static IEnumerable<Goal> Goals(string key, Scenario scenario)
    {
        var ours = scenario.Ours;
        var node = new[] { scenario.Find(NodeRowsLabel), scenario.Find(NodeColumnsLabel) }.MinBy(m => m.Median)!;
        var floor = scenario.Find(FloorLabel);
        var buffered = scenario.Find(DuckDbNetReading.BufferedLabel);
        var overFloor = ours.Median / floor.Median;
        yield return new Goal($"{key}: DuckDB.NET streaming vs the C floor",
            Goal.Phrase($"{overFloor:F2}× its time (cpu {ours.CpuMedian / floor.CpuMedian:F2}×)"), "≤ 1.40× its time", overFloor <= 1.4);
        yield return new Goal($"{key}: DuckDB.NET streaming vs the faster Node API reading (reference)",
            Goal.Phrase($"{node.Median / ours.Median:F2}× faster (cpu {node.CpuMedian / ours.CpuMedian:F2}×)"), "shown", true);
        yield return new Goal($"{key}: DuckDB.NET streaming vs its buffered default (reference)",
            Goal.Phrase($"{buffered.Median / ours.Median:F2}× faster"), "shown", true);
        yield return new Goal($"{key}: every contender read the same values", scenario.SameResults ? "same" : "different", "same", scenario.SameResults);
    }
}
