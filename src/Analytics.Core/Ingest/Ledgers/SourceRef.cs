namespace Analytics.Core.Ingest.Ledgers;

/// <summary>Where a ledger row came from: file name, sheet and row number as Excel shows it.</summary>
public readonly record struct SourceRef(string File, string Sheet, int Row);
