namespace Analytics.Core.Digests;

/// <summary>
/// The product's record of digest sends and scheduled fires: what makes a digest go out once per
/// (digest, as-of, recipient) across restarts, repeated fires and cluster nodes. Two stores implement it:
/// files under the data directory (<see cref="FileSendLog"/>) and, in clustered mode, the shared PostgreSQL.
/// </summary>
public interface ISendLog
{
    /// <summary>
    /// Holds <paramref name="digest"/> exclusively, across processes and cluster nodes, until the result is
    /// disposed; a holder that dies releases it. Waits while another holds it.
    /// </summary>
    Task<IAsyncDisposable> LockAsync(string digest, CancellationToken cancellationToken);

    /// <summary>Every record of a digest's sends as of <paramref name="asOf"/>, in the order written.</summary>
    Task<IReadOnlyList<SendRecord>> SendsAsync(string digest, DateOnly asOf, CancellationToken cancellationToken);

    /// <summary>Appends one send record durably.</summary>
    Task AppendAsync(SendRecord record, CancellationToken cancellationToken);

    /// <summary>Appends one run record durably.</summary>
    Task AppendRunAsync(DigestRun run, CancellationToken cancellationToken);

    /// <summary>The latest fire of a digest that needs nothing more (<see cref="DigestRun.Handled"/>), or null if none.</summary>
    Task<DigestRun?> LastHandledRunAsync(string digest, CancellationToken cancellationToken);

    /// <summary>Every run record of a digest, in the order written.</summary>
    Task<IReadOnlyList<DigestRun>> RunsAsync(string digest, CancellationToken cancellationToken);

    /// <summary>Sends whose latest state is <see cref="SendStatus.Failed"/> or <see cref="SendStatus.Skipped"/>, written since <paramref name="since"/>, newest first.</summary>
    Task<IReadOnlyList<SendRecord>> ProblemsAsync(DateTimeOffset since, int max, CancellationToken cancellationToken);

    /// <summary>Deletes records written before <paramref name="before"/> (keeping each digest's latest handled run); returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
