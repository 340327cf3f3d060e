using Analytics.Core.Ingest;

namespace Analytics.Core.Demo;

/// <summary>The ledger rows of one cohort, as of the ledgers' date.</summary>
internal sealed record DemoBatch(IReadOnlyList<ProjectRecord> Projects, IReadOnlyList<FundRecord> Funds);
