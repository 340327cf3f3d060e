using System.Globalization;

namespace Analytics.Core.Dashboards.Figures;

/// <summary>Periods and dates as the office writes them: 1—11月份, 1月份, 1月1日—11月15日, 11月24日—11月30日, 2021年11月30日.</summary>
internal static class PeriodPhrase
{
    /// <summary>1 January to the as-of date: 1—M月份 at a month end (1月份 in January), else 1月1日—M月D日.</summary>
    public static string YearToDate(DateOnly asOf)
    {
        if (!IsMonthEnd(asOf)) return $"1月1日—{MonthDay(asOf)}";
        return asOf.Month == 1 ? "1月份" : $"1—{asOf.Month}月份";
    }

    /// <summary>The period a page's KPI figures cover: the as-of month under <c>?period=month</c>, else the year to date.</summary>
    public static string Figures(PageRequest request) => request.Period == Period.Month ? Of(Period.Month, request.AsOf) : YearToDate(request.AsOf);

    /// <summary>The phrase of <paramref name="period"/> ending on <paramref name="asOf"/>.</summary>
    public static string Of(Period period, DateOnly asOf)
    {
        var (from, to) = Range(period, asOf);
        return period switch
        {
            Period.Ytd => YearToDate(asOf),
            Period.Month when IsMonthEnd(asOf) => $"{asOf.Month}月份",
            _ when from.Year != to.Year => $"{Date(from)}—{Date(to)}",
            _ => $"{MonthDay(from)}—{MonthDay(to)}",
        };
    }

    /// <summary>The first and last day of <paramref name="period"/> ending on <paramref name="asOf"/>.</summary>
    public static (DateOnly From, DateOnly To) Range(Period period, DateOnly asOf) => period switch
    {
        Period.Month => (new DateOnly(asOf.Year, asOf.Month, 1), asOf),
        Period.Week => (asOf.AddDays(-6), asOf),
        _ => (new DateOnly(asOf.Year, 1, 1), asOf),
    };

    /// <summary>2021年11月30日.</summary>
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>2021-11-30.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MonthDay(DateOnly date) => $"{date.Month}月{date.Day}日";

    private static bool IsMonthEnd(DateOnly date) => date.Day == DateTime.DaysInMonth(date.Year, date.Month);
}
