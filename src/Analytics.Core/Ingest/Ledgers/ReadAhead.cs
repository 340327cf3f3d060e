using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Analytics.Core.Ingest.Ledgers;

/// <summary>
/// Enumerates a sequence on a second thread, a few batches ahead of the caller, so that reading and
/// parsing a ledger overlap with appending its rows to DuckDB. Order is kept; at most
/// <see cref="Depth"/> batches wait, so memory stays bounded; an exception of the source is thrown to
/// the caller as it was; a caller that stops early stops the source before going on.
/// </summary>
internal static class ReadAhead
{
    /// <summary>Rows per batch: small enough that a batch array stays out of the large object heap.</summary>
    public const int BatchSize = 1024;

    /// <summary>Batches read ahead at most.</summary>
    public const int Depth = 8;

    public static IEnumerable<ArraySegment<T>> Batches<T>(IEnumerable<T> source)
    {
        using var queue = new BlockingCollection<ArraySegment<T>>(Depth);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Factory.StartNew(() =>
        {
            var batch = new T[BatchSize];
            var count = 0;
            try
            {
                foreach (var item in source)
                {
                    batch[count++] = item;
                    if (count < BatchSize) continue;
                    queue.Add(batch, stop.Token);
                    (batch, count) = (new T[BatchSize], 0);
                }
                if (count > 0) queue.Add(new ArraySegment<T>(batch, 0, count), stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                // The rows read before the failure still reach the caller, then the failure.
                failure = ExceptionDispatchInfo.Capture(e);
                try
                {
                    if (count > 0) queue.Add(new ArraySegment<T>(batch, 0, count), stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
                yield return batch;
        }
        finally
        {
            stop.Cancel();
            producer.Wait();
        }
        failure?.Throw();
    }
}
