namespace ImportBenchmark;

/// <summary>Generates (or reuses) the demo ledgers, then measures the read_csv floor and the imports, each in a fresh child process.</summary>
internal static class BenchmarkRunner
{
    public static Measurements Run(BenchmarkOptions options)
    {
        var measurements = new Measurements();
        var scratch = Path.Combine(options.OutDirectory, "runs");
        foreach (var scale in options.Scales)
        {
            var ledgers = options.Formats.ToDictionary(f => f, f => DemoCache.Files(options, scale, f));
            if (ledgers.TryGetValue("csv", out var csv))
            {
                var directory = Fresh(Path.Combine(scratch, $"read_csv-scale{scale}"));
                Console.Error.WriteLine($"scale {scale}: DuckDB read_csv of the CSV files …");
                var run = ChildProcess.Run(["--read-csv-floor", Path.Combine(directory, "floor.duckdb"), .. csv]);
                measurements.Floors[scale] = RunFigures.From(run, "csv", scale, "checkpoint");
                Directory.Delete(directory, recursive: true);
            }
            foreach (var (format, files) in ledgers)
            {
                var directory = Fresh(Path.Combine(scratch, $"import-{format}-scale{scale}"));
                Console.Error.WriteLine($"scale {scale}: import of the {format} files …");
                var run = ChildProcess.Run(["--import-only", directory, .. files]);
                measurements.Imports[(format, scale)] = RunFigures.From(run, format, scale, "checks + publish");
                Directory.Delete(directory, recursive: true);
                if (options.Stages && scale == options.Scale)
                {
                    Console.Error.WriteLine($"scale {scale}: the {format} files as bare rows and as parsed rows …");
                    if (ChildProcess.Run(["--stages", .. files]).Result is { } stages) measurements.Stages[format] = stages;
                }
            }
        }
        return measurements;
    }

    private static string Fresh(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        return directory;
    }
}
