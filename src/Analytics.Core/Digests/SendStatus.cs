namespace Analytics.Core.Digests;

/// <summary>The state of one digest message to one recipient, as the send log records it.</summary>
public enum SendStatus
{
    /// <summary>An attempt is under way (or was, when its process died: the outcome is then unknown and the message is sent again).</summary>
    Sending,

    /// <summary>The SMTP server accepted the message.</summary>
    Sent,

    /// <summary>An attempt failed in a way worth retrying; another follows after the backoff.</summary>
    Retrying,

    /// <summary>The last attempt failed, or the failure was permanent: shown on the status page.</summary>
    Failed,

    /// <summary>Not sent on purpose (too late after a missed fire, or not an internal recipient of an internal digest).</summary>
    Skipped,
}
