namespace Analytics.Core.Dashboards;

/// <summary>
/// The period a page speaks of (front matter <c>ytd</c>, <c>month</c>, <c>week</c>): 1 January to the as-of date,
/// the as-of month, or the 7 days ending on the as-of date. The SQL models are year to date: KPI figures stay year
/// to date under every period (and say so); project lists follow the period.
/// </summary>
public enum Period
{
    Ytd,
    Month,
    Week,
}
