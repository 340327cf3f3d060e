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

    public static Scenario Run(BenchmarkOptions options, string key, string title, string sql)
    {
        Contender[] contenders =
        [
            OursReading.Create(sql),
            ExternalContender.Create(FloorLabel, options.FloorProgram, (w, r) => ["read", w, r, key, sql], options.WarmUps),
            ExternalContender.Create(NodeRowsLabel, "node", (w, r) => ["read.mjs", "rows", w, r, key, sql], options.WarmUps, options.NodeFolder),
            ExternalContender.Create(NodeColumnsLabel, "node", (w, r) => ["read.mjs", "columns", w, r, key, sql], options.WarmUps, options.NodeFolder),
        ];
        return new Scenario($"{title}: {sql}", options.ReadRows, Rounds.Run(key, contenders, options.WarmUps, options.Runs));
    }

    /// <summary>Ours at least 2× as fast as the faster Node reading; at most 1.3× the C floor's time.</summary>
    public static IEnumerable<Goal> Goals(string key, Scenario scenario)
    {
        var ours = scenario.Ours.Median;
        var node = Math.Min(scenario.Find(NodeRowsLabel).Median, scenario.Find(NodeColumnsLabel).Median);
        var floor = scenario.Find(FloorLabel).Median;
        var speedUp = node / ours;
        var overFloor = ours / floor;
        yield return new Goal($"{key}: ours vs the faster Node API reading", string.Create(CultureInfo.InvariantCulture, $"{speedUp:F2}× faster"), "≥ 2.00× faster", speedUp >= 2.0);
        yield return new Goal($"{key}: ours vs the C floor", string.Create(CultureInfo.InvariantCulture, $"{overFloor:F2}× its time"), "≤ 1.30× its time", overFloor <= 1.3);
        yield return new Goal($"{key}: every contender read the same values", scenario.SameResults ? "same" : "different", "same", scenario.SameResults);
    }
}
