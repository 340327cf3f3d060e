using System.Globalization;
using System.Runtime.InteropServices;
using Dapper;
using DuckDB.NET.Data;

namespace ImportBenchmark;

/// <summary>Prints the measurements as tables, then each goal with PASS or FAIL.</summary>
internal static class ResultsReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the report; true when every goal passed.</summary>
    public static bool Print(TextWriter output, BenchmarkOptions options, Measurements measurements)
    {
        output.WriteLine($"Import benchmark, {DateTime.Now:yyyy-MM-dd}: demo ledgers (seed {options.Seed}, as of {options.Today:yyyy-MM-dd}), " +
            $"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, DuckDB {Analytics.Core.Ingest.Store.DuckDbEngine.Version}");
        output.WriteLine("Each import and each read_csv runs in a fresh child process; peak MB is its resident memory (VmHWM, and VmRSS sampled every 10 ms);");
        output.WriteLine("cpu s is its CPU time, all threads (an import file's CPU counts from the end of the file before it, so it includes that file's hashing).");
        output.WriteLine($"Load average at the end (other work on this machine slows wall times): {LoadAverage()}");
        foreach (var scale in options.Scales)
        {
            output.WriteLine();
            output.WriteLine($"Scale {scale}:");
            ScaleTable(options, measurements, scale).Write(output);
        }
        if (measurements.Stages.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Where the reading time goes (scale {options.Scale}; CPU seconds; each stage includes the one before, measured in separate runs):");
            StagesTable(options, measurements).Write(output);
        }
        if (options.Scales.Count > 1)
        {
            output.WriteLine();
            output.WriteLine("Peak memory by scale (MB):");
            MemoryTable(options, measurements).Write(output);
        }
        output.WriteLine();
        var goals = Goals.Evaluate(options, measurements);
        foreach (var goal in goals) output.WriteLine($"{(goal.Passed ? "PASS" : "FAIL")}  {goal.Description}: {goal.Figures}");
        return goals.All(g => g.Passed);
    }

    private static TextTable ScaleTable(BenchmarkOptions options, Measurements measurements, int scale)
    {
        var table = new TextTable("file", "rows", "import s", "cpu s", "rows/s", "peak MB", "read_csv s", "cpu s", "rows/s", "peak MB", "× read_csv", "cpu ×");
        var floor = measurements.Floor(scale);
        foreach (var format in options.Formats)
        {
            if (measurements.Import(format, scale) is not { } import) continue;
            if (!import.Succeeded) table.Add($"{format}: import FAILED: {import.Failure}");
            var floorFiles = floor?.Files.ToDictionary(f => f.Name) ?? [];
            foreach (var file in import.Files) table.Add(Row(file.Name, file, floorFiles.GetValueOrDefault(file.Name)));
            table.Add(Row($"{import.Rest.Name} ({format})", import.Rest, format == "csv" ? floor?.Rest : null));
            table.Add(Row($"total ({format})", import.Total, format == "csv" ? floor?.Total : null));
            table.AddRule();
        }
        return table;
    }

    private static string[] Row(string name, StepFigures import, StepFigures? floor) =>
    [
        name, Count(import.Rows), Seconds(import.Seconds), Seconds(import.CpuSeconds), import.Rows > 0 ? Count((long)import.RowsPerSecond) : "",
        Megabytes(import.PeakMb),
        floor is null ? "" : Seconds(floor.Seconds), floor is null ? "" : Seconds(floor.CpuSeconds),
        floor is { Rows: > 0 } ? Count((long)floor.RowsPerSecond) : "", floor is null ? "" : Megabytes(floor.PeakMb),
        floor is { Seconds: > 0 } && import.Rows > 0 ? Ratio(import.Seconds / floor.Seconds) : "",
        floor is { CpuSeconds: > 0 } && import.Rows > 0 ? Ratio(import.CpuSeconds / floor.CpuSeconds) : "",
    ];

    private static TextTable StagesTable(BenchmarkOptions options, Measurements measurements)
    {
        var table = new TextTable("file", "rows", "sheet rows", "+ parse, check", "+ append (import)", "reader", "parser", "appender");
        foreach (var (format, stages) in measurements.Stages)
        {
            if (measurements.Import(format, options.Scale) is not { } import) continue;
            var byName = stages.Files.ToDictionary(f => f.Name);
            foreach (var file in import.Files)
            {
                if (!byName.TryGetValue(StagesMode.Stage(StagesMode.RowsStage, file.Name), out var rows)
                    || !byName.TryGetValue(StagesMode.Stage(StagesMode.ParseStage, file.Name), out var parsed)) continue;
                var (reader, parser, appender) = (rows.CpuSeconds, Math.Max(0, parsed.CpuSeconds - rows.CpuSeconds), Math.Max(0, file.CpuSeconds - parsed.CpuSeconds));
                var whole = reader + parser + appender;
                table.Add(file.Name, Count(file.Rows), Seconds(rows.CpuSeconds), Seconds(parsed.CpuSeconds), Seconds(file.CpuSeconds),
                    Share(reader, whole), Share(parser, whole), Share(appender, whole));
            }
        }
        return table;
    }

    private static string Share(double part, double whole) => whole > 0 ? (part / whole).ToString("P0", Invariant) : "";

    private static TextTable MemoryTable(BenchmarkOptions options, Measurements measurements)
    {
        var (small, large) = (options.Scales[0], options.Scales[^1]);
        var table = new TextTable("import", $"scale {small}", $"scale {large}", "rows ×", "peak MB ×");
        foreach (var format in options.Formats)
        {
            if (measurements.Import(format, small) is not { } a || measurements.Import(format, large) is not { } b) continue;
            var largest = b.Files.MaxBy(f => f.Rows)!.Name;
            var (fileA, fileB) = (a.Files.First(f => f.Name == largest), b.Files.First(f => f.Name == largest));
            table.Add($"{largest} (while read)", Megabytes(fileA.PeakMb), Megabytes(fileB.PeakMb),
                Ratio((double)fileB.Rows / fileA.Rows), Ratio(fileB.PeakMb / fileA.PeakMb));
            table.Add($"whole import ({format})", Megabytes(a.Total.PeakMb), Megabytes(b.Total.PeakMb),
                Ratio((double)b.Total.Rows / a.Total.Rows), Ratio(b.Total.PeakMb / a.Total.PeakMb));
        }
        if (measurements.Floor(small) is { } floorA && measurements.Floor(large) is { } floorB)
            table.Add("read_csv floor", Megabytes(floorA.Total.PeakMb), Megabytes(floorB.Total.PeakMb),
                Ratio((double)floorB.Total.Rows / floorA.Total.Rows), Ratio(floorB.Total.PeakMb / floorA.Total.PeakMb));
        return table;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public static string Count(long value) => value.ToString("N0", Invariant);

    public static string Seconds(double value) => value.ToString("F2", Invariant);

    public static string Megabytes(double value) => value.ToString("F0", Invariant);

    public static string Ratio(double value) => value.ToString("F2", Invariant) + "×";
}
