using System.Globalization;
using Analytics.Core.Dashboards;

namespace Analytics.Web.Pages;

/// <summary>The query of a page, chart, table or API request: <c>asOf</c>, <c>period</c>, <c>region</c>.</summary>
public sealed record PageQuery(DateOnly? AsOf, Period? Period, string? Region)
{
    /// <summary>Parses the query; a bad value gives a <see cref="BadQueryException"/> with a message for the reader.</summary>
    public static PageQuery Parse(IQueryCollection query)
    {
        DateOnly? asOf = query["asOf"].ToString() is { Length: > 0 } text ? ParseDate(text) : null;
        var periodText = query["period"].ToString();
        Period? period = periodText.Length == 0 ? null
            : PeriodText.Parse(periodText) ?? throw new BadQueryException($"未知口径「{periodText}」，应为 ytd（年初至今）、month（本月）或 week（本周）。");
        var region = query["region"].ToString() is { Length: > 0 } r ? r : null;
        return new PageQuery(asOf, period, region);
    }

    /// <summary>An as-of date written <c>YYYY-MM-DD</c>; anything else gives a <see cref="BadQueryException"/>.</summary>
    public static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new BadQueryException($"无法识别的日期「{text}」，应为 YYYY-MM-DD 格式，如 2021-11-30。");

    public static string PeriodLabel(Period period) => period switch
    {
        Core.Dashboards.Period.Week => "本周",
        Core.Dashboards.Period.Month => "本月",
        _ => "年初至今",
    };
}

/// <summary>A request with a bad query value: answered with 400 and the message.</summary>
public sealed class BadQueryException(string message) : Exception(message);
