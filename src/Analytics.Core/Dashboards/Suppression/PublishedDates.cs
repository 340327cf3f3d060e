namespace Analytics.Core.Dashboards.Suppression;

/// <summary>
/// The as-of dates the public may see: the last day of each month the data covers completely (the data's last date
/// itself only when it ends a month). Any other requested date shows the latest published date before it, so no two
/// public figures are a day apart.
/// </summary>
public static class PublishedDates
{
    /// <summary>The last day of <paramref name="date"/>'s month.</summary>
    public static DateOnly MonthEnd(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    /// <summary>Whether <paramref name="date"/> ends its month.</summary>
    public static bool IsMonthEnd(DateOnly date) => date == MonthEnd(date);

    /// <summary>The latest published date on or before <paramref name="requested"/> for data ending <paramref name="dataLast"/>; null where none is.</summary>
    public static DateOnly? Latest(DateOnly requested, DateOnly dataLast)
    {
        var limit = requested < dataLast ? requested : dataLast;
        return IsMonthEnd(limit) ? limit : limit.AddDays(-limit.Day) is var end && end.Year > 1 ? end : null;
    }

    /// <summary>Month ends from January of <paramref name="firstYear"/> to <paramref name="last"/> (a month end), in order.</summary>
    public static IEnumerable<DateOnly> Between(int firstYear, DateOnly last)
    {
        for (var month = new DateOnly(firstYear, 1, 1); month <= last; month = month.AddMonths(1))
            yield return MonthEnd(month);
    }
}
