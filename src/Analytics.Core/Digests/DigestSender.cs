using System.Collections.Concurrent;

namespace Analytics.Core.Digests;

/// <summary>
/// Sends digest batches exactly once per (digest, as-of, recipient): under the digest's lock it reads the
/// send log, sends to the recipients that have not had the message, writes every attempt and outcome
/// before moving on, and retries transient failures in passes with growing waits (on the injected clock).
/// A recipient whose last line is <see cref="SendStatus.Sending"/> was being sent by a process that died:
/// the outcome is unknown, so it is sent again with the same Message-ID.
/// </summary>
public sealed class DigestSender(ISendLog log, TimeProvider clock)
{
    public RetryPolicy Retry { get; init; } = new();

    /// <summary>Messages in flight at once.</summary>
    public int Parallelism { get; init; } = 4;

    /// <summary>The sender's domain, for Message-IDs.</summary>
    public string MessageIdDomain { get; init; } = "localhost";

    /// <summary>Names this process in the log.</summary>
    public string Node { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public ISendLog Log => log;

    public TimeProvider Clock => clock;

    /// <summary>Takes the digest's lock and sends the batch; <paramref name="retryFailed"/> also tries recipients that failed before (a manual send).</summary>
    public async Task<BatchResult> SendAsync(DigestBatch batch, SendOne send, bool retryFailed, CancellationToken cancellationToken)
    {
        await using var held = await log.LockAsync(batch.Digest, cancellationToken);
        return await SendLockedAsync(batch, send, retryFailed, cancellationToken);
    }

    /// <summary>Sends the batch; the caller holds the digest's lock.</summary>
    public async Task<BatchResult> SendLockedAsync(DigestBatch batch, SendOne send, bool retryFailed, CancellationToken cancellationToken)
    {
        var latest = (await log.SendsAsync(batch.Digest, batch.AsOf, cancellationToken))
            .GroupBy(r => r.Recipient, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

        var skipped = 0;
        foreach (var excluded in batch.Excluded)
        {
            skipped++;
            if (latest.GetValueOrDefault(excluded.Address)?.Status == SendStatus.Skipped) continue;
            await log.AppendAsync(Record(batch, excluded.Address, SendStatus.Skipped, 0, excluded.Reason), cancellationToken);
        }

        var alreadySent = 0;
        var failedBefore = 0;
        var pending = new List<Pending>();
        foreach (var recipient in batch.Recipients)
        {
            var last = latest.GetValueOrDefault(recipient);
            switch (last?.Status)
            {
                case null:
                    pending.Add(new Pending(recipient, 0, 0));
                    break;
                case SendStatus.Sent:
                    alreadySent++;
                    break;
                case SendStatus.Skipped:
                    skipped++;
                    break;
                case SendStatus.Failed when !retryFailed:
                    failedBefore++;
                    break;
                case SendStatus.Failed:
                    // A manual retry: a fresh set of attempts, counted on from the earlier ones.
                    pending.Add(new Pending(recipient, last.Attempts, last.Attempts));
                    break;
                default:
                    // Sending (its process died) or Retrying: resume where it stopped.
                    pending.Add(new Pending(recipient, last.Attempts, 0));
                    break;
            }
        }

        var sent = 0;
        var failed = failedBefore;
        for (var pass = 1; pending.Count > 0; pass++)
        {
            var retry = new ConcurrentBag<Pending>();
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Parallelism), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(pending, options, async (item, token) =>
            {
                var outcome = await AttemptAsync(batch, item, send, token);
                switch (outcome)
                {
                    case SendStatus.Sent:
                        Interlocked.Increment(ref sent);
                        break;
                    case SendStatus.Failed:
                        Interlocked.Increment(ref failed);
                        break;
                    default:
                        retry.Add(item with { Attempts = item.Attempts + 1 });
                        break;
                }
            });
            if (retry.IsEmpty) break;
            await Task.Delay(Retry.DelayAfter(pass), clock, cancellationToken);
            pending = retry.OrderBy(p => p.Recipient, StringComparer.Ordinal).ToList();
        }
        return new BatchResult(sent, alreadySent, failed, skipped);
    }

    private async Task<SendStatus> AttemptAsync(DigestBatch batch, Pending item, SendOne send, CancellationToken cancellationToken)
    {
        var attempt = item.Attempts + 1;
        var messageId = MessageIds.For(batch.Digest, batch.AsOf, item.Recipient, MessageIdDomain);
        await log.AppendAsync(Record(batch, item.Recipient, SendStatus.Sending, attempt, null), cancellationToken);
        try
        {
            await send(item.Recipient, messageId, cancellationToken);
        }
        catch (DigestSendException e)
        {
            var last = e.Permanent || attempt - item.Budget >= Retry.MaxAttempts;
            var status = last ? SendStatus.Failed : SendStatus.Retrying;
            await log.AppendAsync(Record(batch, item.Recipient, status, attempt, e.Message), cancellationToken);
            return status;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not an SMTP failure (the page could not be built): retrying will not help.
            await log.AppendAsync(Record(batch, item.Recipient, SendStatus.Failed, attempt, $"{e.GetType().Name}: {e.Message}"), cancellationToken);
            return SendStatus.Failed;
        }
        await log.AppendAsync(Record(batch, item.Recipient, SendStatus.Sent, attempt, null), cancellationToken);
        return SendStatus.Sent;
    }

    private SendRecord Record(DigestBatch batch, string recipient, SendStatus status, int attempts, string? error) =>
        new(batch.Digest, batch.Dashboard, batch.AsOf, recipient, MessageIds.For(batch.Digest, batch.AsOf, recipient, MessageIdDomain),
            status, attempts, clock.GetUtcNow(), error, Node);

    /// <param name="Attempts">Attempts recorded so far.</param>
    /// <param name="Budget">Attempts that do not count against this run's limit (those of an earlier, failed run).</param>
    private sealed record Pending(string Recipient, int Attempts, int Budget);
}
