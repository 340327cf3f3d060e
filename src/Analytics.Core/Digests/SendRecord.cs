namespace Analytics.Core.Digests;

/// <summary>
/// One line of the send log: what happened to the digest <paramref name="Digest"/> as of
/// <paramref name="AsOf"/> for one recipient. The latest line of a (digest, as-of, recipient) is its state.
/// </summary>
/// <param name="Digest">The digest's key, <c>dashboard/name</c>.</param>
/// <param name="Dashboard">The dashboard the digest is built from.</param>
/// <param name="AsOf">The date the digest reports as of.</param>
/// <param name="Recipient">The recipient's address (lower case).</param>
/// <param name="MessageId">The Message-ID the message carries (the same on every attempt).</param>
/// <param name="Status">What happened.</param>
/// <param name="Attempts">SMTP attempts made so far, this one included.</param>
/// <param name="At">When this line was written.</param>
/// <param name="Error">The failure or the reason for a skip, if any.</param>
/// <param name="Node">The process (host and pid, or cluster node) that wrote the line.</param>
public sealed record SendRecord(
    string Digest,
    string Dashboard,
    DateOnly AsOf,
    string Recipient,
    string MessageId,
    SendStatus Status,
    int Attempts,
    DateTimeOffset At,
    string? Error = null,
    string? Node = null);
