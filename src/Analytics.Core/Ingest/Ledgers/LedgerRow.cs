namespace Analytics.Core.Ingest.Ledgers;

/// <summary>A parsed, row-valid ledger row: one of the four record types, and where it came from.</summary>
public readonly record struct LedgerRow(LedgerKind Kind, object Record, SourceRef Source);
