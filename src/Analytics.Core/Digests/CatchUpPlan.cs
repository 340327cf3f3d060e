namespace Analytics.Core.Digests;

/// <summary>
/// What a digest owes at a moment: the one fire to send now (the latest one due), the older missed
/// fires to record as skipped, or, the first time a digest is seen, a baseline and nothing to send.
/// </summary>
/// <param name="Send">The fire to send now, or null.</param>
/// <param name="Skip">Missed fires that are not sent (a later one covers them, or they are too late).</param>
/// <param name="Baseline">True the first time: nothing was owed before now.</param>
public sealed record CatchUpPlan(DateTimeOffset? Send, IReadOnlyList<DateTimeOffset> Skip, bool Baseline)
{
    /// <summary>At most this many missed fires are listed as skipped (a schedule every few seconds, down for a week).</summary>
    public const int MaxListed = 1000;

    /// <summary>
    /// Plans a digest's fires after <paramref name="lastHandled"/> up to <paramref name="now"/>: the latest is
    /// sent once, however many were missed, if it is no later than one period (the time to the fire after it,
    /// a week for a weekly digest) and <paramref name="maxLateness"/>; every other missed fire is skipped.
    /// </summary>
    /// <param name="lastHandled">The fire time of the digest's latest handled run; null the first time.</param>
    /// <param name="now">The present (from the injected clock).</param>
    /// <param name="nextFireAfter">The schedule: the first fire strictly after a time, or null when it ends.</param>
    /// <param name="maxLateness">A cap on lateness besides the period; null for the period alone.</param>
    public static CatchUpPlan For(DateTimeOffset? lastHandled, DateTimeOffset now, Func<DateTimeOffset, DateTimeOffset?> nextFireAfter,
        TimeSpan? maxLateness = null)
    {
        if (lastHandled is not { } last) return new CatchUpPlan(null, [], Baseline: true);
        var due = new List<DateTimeOffset>();
        for (var fire = nextFireAfter(last); fire is { } f && f <= now; fire = nextFireAfter(f))
        {
            due.Add(f);
            // Keep the newest ones when a frequent schedule missed very many.
            if (due.Count > MaxListed) due.RemoveAt(0);
        }
        if (due.Count == 0) return new CatchUpPlan(null, [], Baseline: false);
        var latest = due[^1];
        var period = nextFireAfter(latest) is { } following ? following - latest : TimeSpan.MaxValue;
        var limit = maxLateness is { } cap && cap < period ? cap : period;
        var late = now - latest;
        return late <= limit
            ? new CatchUpPlan(latest, due[..^1], Baseline: false)
            : new CatchUpPlan(null, due, Baseline: false);
    }
}
