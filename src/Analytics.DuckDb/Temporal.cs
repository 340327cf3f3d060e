namespace Analytics.DuckDb;

/// <summary>DuckDB's date and time encodings: days and microseconds since 1970-01-01.</summary>
internal static class Temporal
{
    private const int EpochDayNumber = 719162; // DateOnly.DayNumber of 1970-01-01
    private static readonly long EpochTicks = DateTime.UnixEpoch.Ticks;

    public static DateOnly FromDays(int days) => DateOnly.FromDayNumber(days + EpochDayNumber);

    public static int ToDays(DateOnly date) => date.DayNumber - EpochDayNumber;

    public static DateTime FromMicros(long micros) => new(EpochTicks + micros * 10, DateTimeKind.Unspecified);

    public static long ToMicros(DateTime value) => (value.Ticks - EpochTicks) / 10;
}
