using System.Diagnostics;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;

namespace ImportBenchmark;

/// <summary>
/// The child process that is measured: <c>--import-only DATA_DIR FILE…</c> imports the files together
/// into a new data store exactly as <c>analytics import</c> does (checks, version, publish), and
/// reports progress and figures through <see cref="ChildProtocol"/>.
/// </summary>
internal static class ImportOnlyMode
{
    /// <summary>Overrides <see cref="Importer.MemoryLimit"/> in the child, to try other limits.</summary>
    public const string MemoryLimitVariable = "IMPORT_BENCHMARK_MEMORY_LIMIT";

    public static int Run(IReadOnlyList<string> args)
    {
        var (dataDirectory, files) = (args[0], args.Skip(1).ToList());
        var seconds = new Dictionary<string, double>();
        // CPU at each file's last progress report; a file's CPU is counted from the previous file's.
        var cpuAtEnd = new Dictionary<string, double>();
        var importer = new Importer(new DataStore(dataDirectory))
        {
            MemoryLimit = Environment.GetEnvironmentVariable(MemoryLimitVariable) is { Length: > 0 } limit ? limit : Importer.DefaultMemoryLimit,
            Progress = (file, rows, elapsed) =>
            {
                seconds[file] = elapsed.TotalSeconds;
                cpuAtEnd[file] = ProcessCpu.Seconds();
                ChildProtocol.WriteProgress(file, rows, elapsed);
            },
        };
        var cpuAtStart = ProcessCpu.Seconds();
        var clock = Stopwatch.StartNew();
        var result = importer.Import(files);
        var total = clock.Elapsed.TotalSeconds;
        var cpu = ProcessCpu.Seconds() - cpuAtStart;

        var entries = result.Version?.Files.ToDictionary(f => f.Name) ?? [];
        var figures = new List<FileResult>();
        var cpuBefore = cpuAtStart;
        foreach (var name in files.Select(f => Path.GetFileName(f)))
        {
            var cpuAfter = cpuAtEnd.GetValueOrDefault(name, cpuBefore);
            figures.Add(new FileResult(name, entries.TryGetValue(name, out var entry) ? entry.Rows.Values.Sum() : 0,
                seconds.GetValueOrDefault(name), cpuAfter - cpuBefore));
            cpuBefore = cpuAfter;
        }
        var failure = result.Succeeded ? null : string.Join(" | ", result.Problems.Listed.Take(5).Select(p => p.LineEn));
        ChildProtocol.WriteResult(new ChildResult(result.Succeeded, failure, figures, total, cpu, ProcStatus.OwnPeakKb()));
        return result.Succeeded ? 0 : 1;
    }
}
