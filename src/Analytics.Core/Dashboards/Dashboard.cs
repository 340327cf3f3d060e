namespace Analytics.Core.Dashboards;

/// <summary>
/// A page of <c>dashboards/</c>: its front matter (title, audience, default period, digests) and its Markdown body,
/// served at <c>/NAME</c>.
/// </summary>
/// <param name="Name">The file name without <c>.md</c>, e.g. <c>weekly-briefing</c>.</param>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="Path">The file the page was read from.</param>
public sealed record Dashboard(string Name, string Title, Audience Audience, Period DefaultPeriod, IReadOnlyList<DigestDefinition> Digests, string Body, string Path)
{
    /// <summary>The file's line number of the body's first line (for messages about blocks).</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>The page is about one region: its blocks say <c>$region</c>, so a request must name the region.</summary>
    public bool NeedsRegion => Body.Contains("$region", StringComparison.Ordinal);
}
