namespace Analytics.Core.Tests.Metrics.HandBuilt;

/// <summary>Imports <see cref="HandLedger"/> once for every fixture of this namespace.</summary>
[SetUpFixture]
public sealed class HandLedgerSetup
{
    private static ImportedVersion? version;

    /// <summary>The imported hand-built ledgers with the models built.</summary>
    public static ImportedVersion Version => version ?? throw new InvalidOperationException("HandLedgerSetup has not run");

    [OneTimeSetUp]
    public void Import() => version = ImportedVersion.Create(HandLedger.Write, HandLedger.AsOf);

    [OneTimeTearDown]
    public void Remove() => version?.Dispose();
}
