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
    public static int Run(IReadOnlyList<string> args)
    {
        var (dataDirectory, files) = (args[0], args.Skip(1).ToList());
        var seconds = new Dictionary<string, double>();
        var importer = new Importer(new DataStore(dataDirectory))
        {
            Progress = (file, rows, elapsed) =>
            {
                seconds[file] = elapsed.TotalSeconds;
                ChildProtocol.WriteProgress(file, rows, elapsed);
            },
        };
        var clock = Stopwatch.StartNew();
        var result = importer.Import(files);
        var total = clock.Elapsed.TotalSeconds;

        var entries = result.Version?.Files.ToDictionary(f => f.Name) ?? [];
        var figures = files.Select(Path.GetFileName).Select(name => new FileResult(name!,
            entries.TryGetValue(name!, out var entry) ? entry.Rows.Values.Sum() : 0, seconds.GetValueOrDefault(name!))).ToList();
        var failure = result.Succeeded ? null : string.Join(" | ", result.Problems.Listed.Take(5).Select(p => p.LineEn));
        ChildProtocol.WriteResult(new ChildResult(result.Succeeded, failure, figures, total, ProcStatus.OwnPeakKb()));
        return result.Succeeded ? 0 : 1;
    }
}
