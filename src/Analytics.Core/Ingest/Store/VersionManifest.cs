namespace Analytics.Core.Ingest.Store;

/// <summary>What a data version is: id, when it was built, from which files, and its row counts.</summary>
public sealed record VersionManifest(
    string Id,
    int Sequence,
    DateTimeOffset BuiltAt,
    string? PreviousId,
    IReadOnlyList<LedgerFileEntry> Files,
    IReadOnlyDictionary<string, long> Tables,
    int Warnings);
