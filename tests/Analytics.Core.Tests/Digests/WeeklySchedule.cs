namespace Analytics.Core.Tests.Digests;

/// <summary>A plain schedule for tests of the logic without Quartz: every Monday at 08:00 in UTC+8.</summary>
public static class WeeklySchedule
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>A Monday 08:00 +08:00 as a time.</summary>
    public static DateTimeOffset Monday(int year, int month, int day) => new(year, month, day, 8, 0, 0, Offset);

    /// <summary>The first Monday 08:00 +08:00 strictly after <paramref name="time"/>.</summary>
    public static DateTimeOffset? NextFireAfter(DateTimeOffset time)
    {
        var local = time.ToOffset(Offset);
        var candidate = new DateTimeOffset(local.Year, local.Month, local.Day, 8, 0, 0, Offset);
        while (candidate <= time || candidate.DayOfWeek != DayOfWeek.Monday) candidate = candidate.AddDays(1);
        return candidate;
    }
}
