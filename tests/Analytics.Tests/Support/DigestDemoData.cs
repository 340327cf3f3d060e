using Analytics.Core.Demo;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Models;
using Analytics.Tests.Cli;

namespace Analytics.Tests.Support;

/// <summary>
/// The demo ledgers as of today, imported with the SQL models once per test run, for tests that run digests on a
/// real schedule (their as-of dates are recent). Each test copies it into a data directory of its own.
/// </summary>
public static class DigestDemoData
{
    private static readonly Lazy<string> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A fresh data directory holding the demo data as of today, under <paramref name="parent"/>.</summary>
    public static string CopyTo(string parent)
    {
        var target = Path.Combine(parent, "data");
        Copy(Built.Value, target);
        return target;
    }

    private static string Build()
    {
        var root = Path.Combine(Path.GetTempPath(), "analytics-digest-demo", Guid.NewGuid().ToString("N")[..10]);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var files = DemoLedgerFiles.WriteCsv(DemoData.Generate(new DemoOptions { Today = today }), Path.Combine(root, "ledgers"));
        var step = new ModelStep(Path.Combine(CliRun.RepositoryRoot, "sql"), () => today);
        var result = new Importer(new DataStore(Path.Combine(root, "data"))) { BeforePublish = step.Run }.Import(files);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Problems.Listed.Select(p => p.LineEn)));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return Path.Combine(root, "data");
    }

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        foreach (var directory in Directory.GetDirectories(source)) Copy(directory, Path.Combine(target, Path.GetFileName(directory)));
    }
}
