namespace Analytics.DuckDb;

/// <summary>DuckDB's INTERVAL: months, days and microseconds are kept apart, as in the engine.</summary>
public readonly record struct DuckDbInterval(int Months, int Days, long Micros)
{
    /// <summary>The interval as a <see cref="TimeSpan"/>; only defined when it has no months.</summary>
    public TimeSpan ToTimeSpan() => Months == 0
        ? TimeSpan.FromDays(Days) + TimeSpan.FromTicks(Micros * 10)
        : throw new InvalidCastException($"INTERVAL of {Months} month(s) has no fixed length as a TimeSpan.");

    /// <summary>An interval of days and microseconds.</summary>
    public static DuckDbInterval FromTimeSpan(TimeSpan span) => new(0, span.Days, (span.Ticks - span.Days * TimeSpan.TicksPerDay) / 10);
}
