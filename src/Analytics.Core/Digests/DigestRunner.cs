namespace Analytics.Core.Digests;

/// <summary>
/// Runs what a digest owes now, whether a trigger fired on time, fired twice, or the server starts after
/// missing fires: under the digest's lock it plans from the last handled fire (<see cref="CatchUpPlan"/>),
/// records missed fires it will not send as skipped, and sends the latest due fire's batch once.
/// </summary>
public sealed class DigestRunner(DigestSender sender)
{
    private ISendLog Log => sender.Log;

    /// <param name="digest">The digest and its schedule.</param>
    /// <param name="sendFor">How to send the digest as of a date to one recipient.</param>
    /// <param name="cancellationToken">Stops the run; what was sent stays recorded.</param>
    public async Task<RunReport> RunDueAsync(ScheduledDigest digest, Func<DateOnly, SendOne> sendFor, CancellationToken cancellationToken)
    {
        await using var held = await Log.LockAsync(digest.Digest, cancellationToken);
        var now = sender.Clock.GetUtcNow();
        var last = await Log.LastHandledRunAsync(digest.Digest, cancellationToken);
        var plan = CatchUpPlan.For(last?.FireTime, now, digest.NextFireAfter);
        if (plan.Baseline)
        {
            await Log.AppendRunAsync(new DigestRun(digest.Digest, now, digest.Rule.Resolve(now, digest.Zone), RunOutcome.Baseline, now,
                "首次启用，此前的定时不补发 / first seen: earlier fires are not owed", sender.Node), cancellationToken);
            return new RunReport(plan, null, null, null);
        }
        // A missed fire with the same as-of date as the one sent is covered by it, recipient by recipient.
        var sending = plan.Send is { } next ? digest.Rule.Resolve(next, digest.Zone) : (DateOnly?)null;
        foreach (var missed in plan.Skip)
            await SkipAsync(digest, missed, sending, plan.Send is null ? "错过发送时间过久 / missed by more than its period" : "已由后一次发送代替 / covered by a later fire", cancellationToken);
        if (plan.Send is not { } fire) return new RunReport(plan, null, null, null);

        var batch = digest.BatchFor(fire);
        await Log.AppendRunAsync(new DigestRun(digest.Digest, fire, batch.AsOf, RunOutcome.Started, sender.Clock.GetUtcNow(), null, sender.Node), cancellationToken);
        var result = await sender.SendLockedAsync(batch, sendFor(batch.AsOf), retryFailed: false, cancellationToken);
        await Log.AppendRunAsync(new DigestRun(digest.Digest, fire, batch.AsOf, RunOutcome.Completed, sender.Clock.GetUtcNow(), result.ToString(), sender.Node), cancellationToken);
        return new RunReport(plan, fire, batch.AsOf, result);
    }

    private async Task SkipAsync(ScheduledDigest digest, DateTimeOffset fire, DateOnly? sending, string reason, CancellationToken cancellationToken)
    {
        var batch = digest.BatchFor(fire);
        var at = sender.Clock.GetUtcNow();
        if (batch.AsOf == sending)
        {
            await Log.AppendRunAsync(new DigestRun(digest.Digest, fire, batch.AsOf, RunOutcome.Skipped, at, reason, sender.Node), cancellationToken);
            return;
        }
        var latest = (await Log.SendsAsync(batch.Digest, batch.AsOf, cancellationToken))
            .GroupBy(r => r.Recipient, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last().Status, StringComparer.OrdinalIgnoreCase);
        foreach (var recipient in batch.Recipients.Where(r => latest.GetValueOrDefault(r) is not (SendStatus.Sent or SendStatus.Failed or SendStatus.Skipped)))
            await Log.AppendAsync(new SendRecord(batch.Digest, batch.Dashboard, batch.AsOf, recipient,
                MessageIds.For(batch.Digest, batch.AsOf, recipient, sender.MessageIdDomain), SendStatus.Skipped, 0, at, reason, sender.Node), cancellationToken);
        await Log.AppendRunAsync(new DigestRun(digest.Digest, fire, batch.AsOf, RunOutcome.Skipped, at, reason, sender.Node), cancellationToken);
    }
}
