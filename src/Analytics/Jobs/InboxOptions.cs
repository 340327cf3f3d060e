namespace Analytics.Jobs;

/// <summary>The ledger drop folder: configuration section <c>Inbox</c>.</summary>
public sealed class InboxOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The folder polled; empty: <c>DATA/inbox</c>.</summary>
    public string? Directory { get; set; }

    /// <summary>When to poll, a Quartz cron expression (default every 30 seconds).</summary>
    public string Schedule { get; set; } = "0/30 * * * * ?";

    /// <summary>Seconds a file must stay untouched before a process that has not watched it grow imports it.</summary>
    public int SettleSeconds { get; set; } = 30;
}
