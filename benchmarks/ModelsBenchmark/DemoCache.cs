using System.Diagnostics;
using Analytics.Core.Demo;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;

namespace ModelsBenchmark;

/// <summary>
/// The demo ledgers at a scale, imported once into <c>out/scale-N/data</c> and reused by later runs
/// (generating and importing a million projects takes minutes). Only the raw tables of that version are
/// used: every run builds the models afresh from them.
/// </summary>
internal static class DemoCache
{
    /// <summary>The folder of this scale's cache (<c>out/scale-N-seed-S-DATE</c>).</summary>
    public static string Folder(string outDirectory, BenchmarkOptions options) =>
        Path.Combine(outDirectory, $"scale-{options.Scale}-seed-{options.Seed}-{options.Today:yyyyMMdd}");

    /// <summary>The current database of the cached data directory, importing the demo ledgers first if needed.</summary>
    public static string EnsureImported(string outDirectory, BenchmarkOptions options)
    {
        var root = Folder(outDirectory, options);
        var store = new DataStore(Path.Combine(root, "data"));
        if (store.CurrentId is { } cached)
        {
            Console.WriteLine($"cached import: {store.DatabasePath(cached)}");
            return store.DatabasePath(cached);
        }

        var ledgerDirectory = Path.Combine(root, "ledgers");
        var clock = Stopwatch.StartNew();
        var ledgers = DemoData.Generate(new DemoOptions { Seed = options.Seed, Scale = options.Scale, Today = options.Today });
        var files = DemoLedgerFiles.WriteCsv(ledgers, ledgerDirectory);
        Console.WriteLine($"wrote demo ledgers (scale {options.Scale}) as CSV in {clock.Elapsed.TotalSeconds:0.0} s");

        clock.Restart();
        var lastReport = TimeSpan.Zero;
        // No model step here: the raw tables are the cache, and each run times the model build itself.
        var importer = new Importer(store)
        {
            Progress = (file, rows, elapsed) =>
            {
                if (clock.Elapsed - lastReport < TimeSpan.FromSeconds(30)) return;
                lastReport = clock.Elapsed;
                Console.WriteLine($"  importing {file}: {rows:N0} rows, {clock.Elapsed.TotalSeconds:0} s");
            },
        };
        var result = importer.Import(files, action: "benchmark");
        if (!result.Succeeded)
            throw new InvalidOperationException("demo import failed: " + string.Join("; ", result.Problems.Listed.Take(5).Select(p => p.LineZh)));
        Console.WriteLine($"imported in {clock.Elapsed.TotalSeconds:0.0} s: " +
                          string.Join(", ", result.Version!.Tables.Select(t => $"{t.Key} {t.Value:N0}")));
        foreach (var file in files) File.Delete(file);
        return store.DatabasePath(store.CurrentId!);
    }
}
