namespace Analytics.Jobs;

/// <summary>Housekeeping: configuration section <c>Data:Retention</c>.</summary>
public sealed class RetentionOptions
{
    /// <summary>Data versions kept (the current one always is).</summary>
    public int Versions { get; set; } = 5;

    /// <summary>Days the send log keeps its records.</summary>
    public int SendLogDays { get; set; } = 400;

    /// <summary>Days files stay in <c>inbox/done</c> and <c>inbox/failed</c>.</summary>
    public int InboxDays { get; set; } = 90;

    /// <summary>When housekeeping runs, a Quartz cron expression (default 03:30 every day, office time).</summary>
    public string Schedule { get; set; } = "0 30 3 * * ?";
}
