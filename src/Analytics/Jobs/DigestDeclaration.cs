namespace Analytics.Jobs;

/// <summary>
/// A digest as declared for a dashboard: when it fires, to whom, as of which date and under which subject.
/// </summary>
/// <param name="Dashboard">The dashboard (page) it is built from.</param>
/// <param name="Name">The digest's name within the dashboard, e.g. <c>weekly</c>.</param>
/// <param name="Title">The page's title.</param>
/// <param name="Internal">An internal page: only configured internal recipients receive it.</param>
/// <param name="Cron">A Quartz cron expression, e.g. <c>0 0 8 ? * MON</c>.</param>
/// <param name="TimeZone">The IANA zone the cron and the as-of date are read in; null: <c>Office:TimeZone</c>.</param>
/// <param name="Recipients">Addresses and names of lists (<c>Digests:Lists:NAME</c>).</param>
/// <param name="AsOfRule"><c>last-sunday</c> or <c>end-of-last-month</c>.</param>
/// <param name="Subject">The subject template (see <see cref="Core.Digests.SubjectTemplate"/>).</param>
public sealed record DigestDeclaration(string Dashboard, string Name, string Title, bool Internal, string Cron, string? TimeZone,
    IReadOnlyList<string> Recipients, string AsOfRule, string Subject)
{
    /// <summary>The digest's key in the send log and the scheduler: <c>dashboard/name</c>.</summary>
    public string Key => $"{Dashboard}/{Name}";
}
