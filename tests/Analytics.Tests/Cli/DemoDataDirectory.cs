using Analytics.Core.Demo;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Models;

namespace Analytics.Tests.Cli;

/// <summary>The demo ledgers as of 2021-11-30 imported with the SQL models into a temporary data directory, once for all CLI tests.</summary>
[SetUpFixture]
public sealed class DemoDataDirectory
{
    public static readonly DateOnly AsOf = new(2021, 11, 30);

    private static string? root;

    /// <summary>The data directory to pass as <c>--data</c>.</summary>
    public static string Data => Path.Combine(root ?? throw new InvalidOperationException("DemoDataDirectory has not run"), "data");

    /// <summary>The id of its current version.</summary>
    public static string VersionId => new DataStore(Data).CurrentId!;

    [OneTimeSetUp]
    public void Build()
    {
        root = Path.Combine(Path.GetTempPath(), "analytics-cli-tests", Guid.NewGuid().ToString("N")[..12]);
        var ledgers = DemoData.Generate(new DemoOptions { Today = AsOf });
        var files = DemoLedgerFiles.WriteCsv(ledgers, Path.Combine(root, "ledgers"));
        var step = new ModelStep(Path.Combine(CliRun.RepositoryRoot, "sql"), () => AsOf);
        var result = new Importer(new DataStore(Data)) { BeforePublish = step.Run }.Import(files);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Problems.Listed.Select(p => p.LineEn)));
    }

    [OneTimeTearDown]
    public void Remove()
    {
        if (root is not null && Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
