using System.Security.Cryptography;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Tests.Metrics;

namespace Analytics.Core.Tests.Models;

/// <summary>The model step inside an import: a failing data test keeps the previous version current, byte for byte.</summary>
public sealed class ModelStepTests
{
    private static readonly DateOnly AsOf = new(2021, 6, 30);

    private string root = null!;
    private DataStore store = null!;

    [SetUp]
    public void CreateStore()
    {
        root = Path.Combine(Path.GetTempPath(), "analytics-step-tests", Guid.NewGuid().ToString("N")[..12]);
        store = new DataStore(Path.Combine(root, "data"));
    }

    [TearDown]
    public void RemoveStore() => Directory.Delete(root, recursive: true);

    private static ProjectRow Project(string id, string region, string? signed = "2021-03-01") =>
        new(id, region, "生物医药", "本地资金", 2m, signed);

    private static string Digest(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Test]
    public void A_failing_data_test_keeps_the_old_version_current_and_names_model_test_and_rows()
    {
        using var sql = new SqlFolder().With("staging/stg_projects.sql", """
            -- grain: one row per project
            -- materialized: table
            -- depends: raw.projects
            -- test: accepted_values(region: 东区, 西区)

            with source as (
                select * from raw.projects
            )

            select project_id, region from source
            """);
        var ledgers = Path.Combine(root, "ledgers");
        var first = ImportedVersion.Import(store, [LedgerCsv.Projects(ledgers, [Project("A1", "东区"), Project("A2", "西区")])], sql.Path, AsOf);
        Assert.That(first.Succeeded, Is.True);
        var current = store.CurrentId!;
        var digest = Digest(store.DatabasePath(current));

        var second = ImportedVersion.Import(store,
            [LedgerCsv.Projects(ledgers, [Project("A1", "东区"), Project("A2", "西区"), Project("A3", "北区")])], sql.Path, AsOf);

        Assert.That(second.Succeeded, Is.False);
        Assert.That(second.Problems.Listed.Select(p => p.LineEn), Has.One.Contains("model stg_projects › accepted_values(region: 东区, 西区)")
            .And.Contains("region=北区, occurrences=1"));
        Assert.That(store.CurrentId, Is.EqualTo(current));
        Assert.That(Digest(store.DatabasePath(current)), Is.EqualTo(digest));
        Assert.That(store.Versions().Select(v => v.Id), Is.EqualTo(new[] { current }));
    }

    [Test]
    public void The_products_custom_assertion_refuses_funds_for_a_project_still_under_negotiation()
    {
        var ledgers = Path.Combine(root, "ledgers");
        var projects = LedgerCsv.Projects(ledgers, [Project("B1", "东区"), Project("B2", "东区", signed: null)]);
        Assert.That(ImportedVersion.Import(store, [projects], ImportedVersion.SqlDirectory, AsOf).Succeeded, Is.True);
        var current = store.CurrentId!;
        var digest = Digest(store.DatabasePath(current));

        var funds = LedgerCsv.Funds(ledgers, [("B1", "2021-04", 1.5m), ("B2", "2021-05", 0.7m)]);
        var result = ImportedVersion.Import(store, [funds], ImportedVersion.SqlDirectory, AsOf);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Problems.Listed.Select(p => p.LineEn),
            Has.One.Contains("model stg_funds › assert_funds_only_for_signed_projects").And.Contains("project_id=B2, month=2021-05-01, amount=0.7"));
        Assert.That(store.CurrentId, Is.EqualTo(current));
        Assert.That(Digest(store.DatabasePath(current)), Is.EqualTo(digest));
    }
}
