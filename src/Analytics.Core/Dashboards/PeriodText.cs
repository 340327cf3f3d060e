namespace Analytics.Core.Dashboards;

/// <summary>A <see cref="Period"/> as written in front matter and URLs: <c>ytd</c>, <c>month</c>, <c>week</c>.</summary>
public static class PeriodText
{
    public static Period? Parse(string text) => text switch
    {
        "ytd" => Period.Ytd,
        "month" => Period.Month,
        "week" => Period.Week,
        _ => null,
    };

    public static string Name(Period period) => period switch
    {
        Period.Month => "month",
        Period.Week => "week",
        _ => "ytd",
    };
}
