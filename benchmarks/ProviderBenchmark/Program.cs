using ProviderBenchmark;

// DuckDB.NET against the official Node API and the bare C API, on the same libduckdb.so.
// Usage: benchmarks/ProviderBenchmark/run.sh [--runs 5] [--warmups 1] [--only read|append] ...
var options = BenchmarkOptions.Parse(args);
var sameLibrary = MachineReport.Print(options);
var goals = new List<Goal> { new("every contender loads the same libduckdb.so", sameLibrary ? "same" : "different", "same", sameLibrary) };

if (options.Only is null or "read")
{
    foreach (var (key, title, sql) in ReadingBenchmark.Variants(options.ReadRows))
    {
        var scenario = ReadingBenchmark.Run(options, key, title, sql);
        ResultTable.Print(scenario, options.Runs);
        goals.AddRange(ReadingBenchmark.Goals(key, scenario));
    }
}

if (options.Only is null or "append")
{
    var scenario = AppendingBenchmark.Run(options);
    ResultTable.Print(scenario, options.Runs);
    goals.AddRange(AppendingBenchmark.Goals(scenario));
}

ResultTable.Print(goals);
return goals.All(g => g.Met) ? 0 : 1;
