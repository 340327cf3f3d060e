using Analytics.Core.Ingest.Ledgers;

namespace Analytics.Web.Uploads;

/// <summary>How an upload ended: imported (the new or unchanged version), refused with problems, or not tried because another import held the data.</summary>
/// <param name="Files">The names the files were imported under.</param>
/// <param name="Rows">Rows per file of the new version (empty when refused).</param>
public sealed record UploadOutcome(bool Succeeded, bool Busy, string? VersionId, IReadOnlyList<string> Files, IReadOnlyDictionary<string, long> Rows, ProblemLog Problems);
