namespace Analytics.Core.Ingest.Store;

/// <summary>A raw ledger file of a data version: its name, kinds, size, SHA-256 and rows per table.</summary>
public sealed record LedgerFileEntry(string Name, IReadOnlyList<string> Kinds, long Size, string Sha256, IReadOnlyDictionary<string, long> Rows, DateTimeOffset LoadedAt);
