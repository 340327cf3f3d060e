using Analytics.Core.Ingest.Ledgers;
using Analytics.Core.Ingest.Store;

namespace Analytics.Core.Ingest;

/// <summary>How an import ended: the new current version (or the unchanged one), and every problem found.</summary>
public sealed record ImportResult(bool Succeeded, bool Changed, VersionManifest? Version, ProblemLog Problems);
