namespace Analytics.Core.Ingest.Store;

/// <summary>One line of the load history: an import, removal or demo attempt and how it ended.</summary>
public sealed record LoadRecord(
    DateTimeOffset At,
    string Action,
    IReadOnlyList<string> Files,
    bool Succeeded,
    string? VersionId,
    int Errors,
    int Warnings,
    IReadOnlyList<string> Messages);
