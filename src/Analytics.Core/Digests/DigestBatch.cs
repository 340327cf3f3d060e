namespace Analytics.Core.Digests;

/// <summary>
/// One digest as of one date for its recipients: the unit sent once per (digest, as-of, recipient).
/// </summary>
/// <param name="Digest">The digest's key, <c>dashboard/name</c>.</param>
/// <param name="Dashboard">The dashboard it is built from.</param>
/// <param name="AsOf">The date it reports as of.</param>
/// <param name="Recipients">Addresses to send to (lower case, no repeats).</param>
/// <param name="Excluded">Addresses named but not sent to, with the reason (recorded as skipped).</param>
public sealed record DigestBatch(string Digest, string Dashboard, DateOnly AsOf, IReadOnlyList<string> Recipients,
    IReadOnlyList<ExcludedRecipient> Excluded);

/// <summary>An address a digest names but does not send to, and why (in Chinese, for the status page).</summary>
public sealed record ExcludedRecipient(string Address, string Reason);

/// <summary>Sends one message: throws <see cref="DigestSendException"/> when it was not sent.</summary>
/// <param name="recipient">The address.</param>
/// <param name="messageId">The Message-ID to give the message (the same on every attempt).</param>
/// <param name="cancellationToken">Stops the send.</param>
public delegate Task SendOne(string recipient, string messageId, CancellationToken cancellationToken);

/// <summary>How a batch ended: messages sent now, found already sent, failed after the last attempt, skipped.</summary>
public sealed record BatchResult(int Sent, int AlreadySent, int Failed, int Skipped)
{
    public override string ToString() => $"sent {Sent}, already sent {AlreadySent}, failed {Failed}, skipped {Skipped}";
}
