namespace Analytics.Core.Digests;

/// <summary>How often a failed SMTP attempt is retried and how long to wait between passes: doubling from <see cref="FirstDelay"/>, capped at <see cref="MaxDelay"/>.</summary>
public sealed record RetryPolicy
{
    /// <summary>Attempts per message in all, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait after the first failed attempt.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The wait after attempt number <paramref name="attempt"/> (1-based) failed.</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        var factor = Math.Pow(2, Math.Max(0, attempt - 1));
        var delay = FirstDelay.TotalMilliseconds * factor;
        return delay >= MaxDelay.TotalMilliseconds ? MaxDelay : TimeSpan.FromMilliseconds(delay);
    }
}
