using System.Diagnostics;
using Analytics.Core.Demo;

namespace ImportBenchmark;

/// <summary>
/// The demo ledgers of one scale and format, generated once into the cache folder and reused: a folder
/// counts only once its marker is written, so an interrupted generation is started again.
/// </summary>
internal static class DemoCache
{
    private const string Marker = ".complete";

    /// <summary>The four ledger files (projects, funds, targets, activities), generating them when missing.</summary>
    public static IReadOnlyList<string> Files(BenchmarkOptions options, int scale, string format)
    {
        var directory = Path.Combine(options.OutDirectory, "ledgers", $"seed{options.Seed}-{options.Today:yyyyMMdd}-scale{scale}", format);
        var marker = Path.Combine(directory, Marker);
        if (File.Exists(marker)) return File.ReadAllLines(marker).Select(name => Path.Combine(directory, name)).ToList();

        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Console.Error.WriteLine($"generating the scale {scale} demo ledgers as {format} into {directory} (once) …");
        var clock = Stopwatch.StartNew();
        var ledgers = DemoData.Generate(new DemoOptions { Seed = options.Seed, Scale = scale, Today = options.Today });
        var files = format == "csv" ? DemoLedgerFiles.WriteCsv(ledgers, directory) : DemoLedgerFiles.Write(ledgers, directory);
        File.WriteAllLines(marker, files.Select(Path.GetFileName)!);
        Console.Error.WriteLine($"  done in {clock.Elapsed.TotalSeconds:F0} s, {files.Sum(f => new FileInfo(f).Length) / 1e6:F0} MB");
        return files;
    }
}
