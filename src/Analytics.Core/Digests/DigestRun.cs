namespace Analytics.Core.Digests;

/// <summary>One scheduled fire of a digest and what became of it.</summary>
/// <param name="Digest">The digest's key, <c>dashboard/name</c>.</param>
/// <param name="FireTime">The time the cron schedule named (not when it actually ran).</param>
/// <param name="AsOf">The date it reports as of.</param>
/// <param name="Outcome">What became of it.</param>
/// <param name="At">When this line was written.</param>
/// <param name="Note">Counts or the reason for a skip.</param>
/// <param name="Node">The process or cluster node that wrote the line.</param>
public sealed record DigestRun(string Digest, DateTimeOffset FireTime, DateOnly AsOf, RunOutcome Outcome, DateTimeOffset At, string? Note = null, string? Node = null)
{
    /// <summary>True once nothing more is owed for this fire.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Handled => Outcome is RunOutcome.Baseline or RunOutcome.Completed or RunOutcome.Skipped;
}
