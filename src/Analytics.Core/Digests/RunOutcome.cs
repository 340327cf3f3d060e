namespace Analytics.Core.Digests;

/// <summary>What became of one scheduled fire of a digest.</summary>
public enum RunOutcome
{
    /// <summary>The first time the digest was seen: fires before this one are not owed.</summary>
    Baseline,

    /// <summary>The batch began; without a later <see cref="Completed"/> it was interrupted and is resumed.</summary>
    Started,

    /// <summary>Every recipient was sent, failed after the last attempt, or skipped.</summary>
    Completed,

    /// <summary>The fire was missed and is not sent: a later fire covers it, or it is too late.</summary>
    Skipped,

    /// <summary>A trigger fired on a node (written before anything else, whatever the run then owes): which node ran which fire.</summary>
    Fired,
}
