using Analytics.Core.Demo;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Models;
using Analytics.Tests.Cli;

namespace Analytics.Tests;

/// <summary>The demo ledgers as of 2021-11-30 imported with the SQL models into a temporary data directory, once for all tests of this assembly
/// that read it (the CLI and the site); tests that change data copy it first (<see cref="CopyTo"/>).</summary>
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

    /// <summary>Copies the data directory (every version, raw file and pointer) to <paramref name="target"/>.</summary>
    public static string CopyTo(string target)
    {
        foreach (var directory in Directory.EnumerateDirectories(Data, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(Data, directory)));
        foreach (var file in Directory.EnumerateFiles(Data, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(Data, file)));
        return target;
    }

    [OneTimeTearDown]
    public void Remove()
    {
        if (root is not null && Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
