namespace Analytics.Core.Tests.Metrics.SecondEdition;

/// <summary>Imports <see cref="SecondEditionLedger"/> once for every fixture of this namespace.</summary>
[SetUpFixture]
public sealed class SecondEditionSetup
{
    private static ImportedVersion? version;

    public static ImportedVersion Version => version ?? throw new InvalidOperationException("SecondEditionSetup has not run");

    /// <summary>A model's rows at <see cref="SecondEditionLedger.AsOf"/>.</summary>
    public static IReadOnlyList<Dictionary<string, object?>> Rows(string model) => Version.Rows(model, SecondEditionLedger.AsOf);

    [OneTimeSetUp]
    public void Import() => version = ImportedVersion.Create(SecondEditionLedger.Write, SecondEditionLedger.AsOf);

    [OneTimeTearDown]
    public void Remove() => version?.Dispose();
}
