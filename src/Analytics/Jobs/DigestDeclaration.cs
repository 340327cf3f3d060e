using Analytics.Core.Dashboards;

namespace Analytics.Jobs;

/// <summary>A digest as a dashboard's front matter declares it, with the dashboard it is built from.</summary>
/// <param name="Page">The dashboard.</param>
/// <param name="Definition">The digest: cron, time zone, recipients, as-of rule, subject.</param>
public sealed record DigestDeclaration(Dashboard Page, DigestDefinition Definition)
{
    /// <summary>The digest's key in the send log and the scheduler: <c>dashboard/name</c>.</summary>
    public string Key => $"{Page.Name}/{Definition.Name}";

    /// <summary>An internal page: only configured internal recipients receive it.</summary>
    public bool Internal => Page.Audience == Audience.Internal;
}
