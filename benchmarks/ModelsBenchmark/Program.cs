using System.Globalization;
using Analytics.Core.Metrics;
using Analytics.Core.Models;
using Dapper;
using DuckDB.NET.Data;
using ModelsBenchmark;

// Model build time and query latency of the SQL models on the demo data at a scale.
// dotnet run -c Release --project benchmarks/ModelsBenchmark -- --scale 1000 [--queries 200]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = BenchmarkOptions.Parse(args);
var sqlDirectory = ModelCatalog.DefaultDirectory;
var outDirectory = Path.Combine(Path.GetDirectoryName(sqlDirectory)!, "benchmarks", "ModelsBenchmark", "out");
Console.WriteLine($"ModelsBenchmark {DateTime.Now:yyyy-MM-dd HH:mm} · load average {LoadAverage()} · scale {options.Scale} · seed {options.Seed} · ledgers as of {options.Today:yyyy-MM-dd} · {options.Queries} queries each · DuckDB {Analytics.Core.Ingest.Store.DuckDbEngine.Version} · {Environment.ProcessorCount} cores");

var source = DemoCache.EnsureImported(outDirectory, options);
if (options.ImportOnly) return;
var built = Path.Combine(DemoCache.Folder(outDirectory, options), "models.duckdb");
var buildTime = ModelBuild.Run(source, built, ModelCatalog.Load(sqlDirectory), options.Today);
if (options.Breakdown) BuildBreakdown.Run(built, ModelCatalog.Load(sqlDirectory));

var threads = options.Threads is { } t ? $";threads={t}" : "";
using (var connection = new DuckDBConnection($"Data Source={built};access_mode=READ_ONLY{threads}"))
{
    connection.Open();
    Console.WriteLine($"raw rows: projects {Scalar(connection, "select count(*) from raw.projects"):N0}, funds {Scalar(connection, "select count(*) from raw.funds"):N0}");
    Console.WriteLine("built tables: " + string.Join(", ", ModelBuild.BuiltTables(connection).Select(t => $"{t.Table} {t.Rows:N0}")));
    Console.WriteLine();
    Console.WriteLine($"model build (ModelRunner.Run: every model and data test): wall {buildTime.Wall.TotalSeconds:0.00} s, cpu {buildTime.Cpu.TotalSeconds:0.00} s on {Environment.ProcessorCount} cores   goal < 30 s: {(buildTime.Wall.TotalSeconds < 30 ? "met" : "MISSED")} on the wall clock");
    Console.WriteLine();

    var reader = new MetricsReader(connection, "benchmark");
    var dates = LatencyProbe.RandomDates(options.Queries, new DateOnly(options.Today.Year - 1, 1, 1), options.Today, 42);
    var regions = reader.Members("region");
    Console.WriteLine($"{"query (ms)",-46} {"p50",7} {"p95",7} {"cpu p50",8} {"cpu p95",8} │ {"engine p50",10} {"p95",7} {"cpu p50",8} │ {"p95/engine",10}  goal p95 < 20 ms");
    var worst = 0.0;
    var worstCpu = 0.0;

    void Row(string name, Action<DateOnly> mapped, Action<DateOnly> engine, bool goal = true)
    {
        var m = LatencyProbe.Measure(dates, mapped);
        var e = LatencyProbe.Measure(dates, engine);
        if (goal)
        {
            worst = Math.Max(worst, m.WallP95);
            worstCpu = Math.Max(worstCpu, m.CpuP95);
        }
        Console.WriteLine($"{name,-46} {m.WallP50,7:0.00} {m.WallP95,7:0.00} {m.CpuP50,8:0.00} {m.CpuP95,8:0.00} │ {e.WallP50,10:0.00} {e.WallP95,7:0.00} {e.CpuP50,8:0.00} │ {m.WallP95 / e.WallP95,10:0.00}  {(goal ? m.WallP95 < 20 ? "met" : "MISSED" : "-")}");
    }

    // The floor of this machine at this moment: a query that reads nothing, and one that picks a row of a tiny table.
    Row("reference: select 1", d => Drain(connection, "select $as_of", d), d => Drain(connection, "select $as_of", d), goal: false);
    Row("reference: one row of stg_targets", d => Drain(connection, "select * from stg_targets where year = year($as_of) limit 1", d),
        d => Drain(connection, "select * from stg_targets where year = year($as_of) limit 1", d), goal: false);
    Row("kpis (全市)", d => reader.Kpis(d), d => Drain(connection, "select * from kpis($as_of)", d));
    Row($"kpis --region {regions[0]}", d => reader.Kpis(d, regions[0]), d => Drain(connection, "select * from kpis($as_of) where dimension = 'region'", d));
    var rankings = MetricsReader.Dimensions
        .SelectMany(by => MetricsReader.RankingMetrics.Where(m => m != "target_completion" || by == "region").Select(metric => (by, metric)))
        .Take(options.RankingLimit);
    foreach (var (by, metric) in rankings)
            Row($"rankings --by {by} --metric {metric}", d => reader.Rankings(d, by, metric),
                d => Drain(connection, $"select * from rankings($as_of) where dimension = '{by}' and metric = '{metric}'", d));
    Console.WriteLine();
    Console.WriteLine($"worst p95 through MetricsReader: wall {worst:0.00} ms, cpu {worstCpu:0.00} ms   goal < 20 ms: {(worst < 20 ? "met" : "MISSED")} on the wall clock   (load average now {LoadAverage()})");
}

if (!options.SkipSnapshots) SnapshotComparison.Run(built, options);

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static long Scalar(DuckDBConnection connection, string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
}

static void Drain(DuckDBConnection connection, string sql, DateOnly asOf)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.Parameters.Add(new DuckDBParameter("as_of", asOf));
    using var reader = command.ExecuteReader();
    while (reader.Read())
    {
    }
}
