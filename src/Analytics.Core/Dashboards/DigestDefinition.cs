namespace Analytics.Core.Dashboards;

/// <summary>
/// A scheduled e-mail of a dashboard, from its front matter.
/// </summary>
/// <param name="Name">The digest's name within its page, e.g. <c>monthly</c>.</param>
/// <param name="Cron">A Quartz cron expression (seconds first, 6 or 7 fields), e.g. <c>0 0 8 ? * MON</c>.</param>
/// <param name="TimeZone">An IANA time zone the cron is read in, e.g. <c>Asia/Shanghai</c>.</param>
/// <param name="Recipients">Names of recipient lists (e.g. <c>leadership</c>), resolved by the site's configuration.</param>
/// <param name="AsOfRule">Which as-of date a run reports on: <c>today</c>, <c>yesterday</c>, <c>last-sunday</c> or <c>end-of-last-month</c>.</param>
/// <param name="Subject">The subject template; <c>{{ title }}</c>, <c>{{ asOf | date }}</c>, <c>{{ asOf }}</c> and <c>{{ period }}</c> are filled in.</param>
public sealed record DigestDefinition(string Name, string Cron, string TimeZone, IReadOnlyList<string> Recipients, string AsOfRule, string Subject)
{
    /// <summary>The as-of rules a digest may name.</summary>
    public static IReadOnlyList<string> AsOfRules { get; } = ["today", "yesterday", "last-sunday", "end-of-last-month"];

    /// <summary>The as-of date of a run on <paramref name="today"/> (the date in <see cref="TimeZone"/>): last Sunday is today on a Sunday.</summary>
    public DateOnly ResolveAsOf(DateOnly today) => AsOfRule switch
    {
        "today" => today,
        "yesterday" => today.AddDays(-1),
        "last-sunday" => today.AddDays(-(int)today.DayOfWeek),
        "end-of-last-month" => new DateOnly(today.Year, today.Month, 1).AddDays(-1),
        _ => throw new DashboardException($"未知的截止日期规则「{AsOfRule}」/ unknown as-of rule {AsOfRule}"),
    };

    /// <summary>The subject of a run: the template with the page title and the as-of date filled in.</summary>
    public string FormatSubject(string title, DateOnly asOf, Period period = Period.Ytd) =>
        Figures.TemplateText.Fill(Subject, title, asOf, period);
}
