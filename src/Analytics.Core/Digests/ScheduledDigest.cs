namespace Analytics.Core.Digests;

/// <summary>A digest as the scheduler runs it: its key, schedule, as-of rule and resolved recipients.</summary>
/// <param name="Digest">The digest's key, <c>dashboard/name</c>.</param>
/// <param name="Dashboard">The dashboard it is built from.</param>
/// <param name="Rule">Which date it reports as of.</param>
/// <param name="Zone">The office's time zone, in which the schedule and the as-of date are read.</param>
/// <param name="NextFireAfter">The schedule: the first fire strictly after a time, or null.</param>
/// <param name="Recipients">Addresses to send to.</param>
/// <param name="Excluded">Addresses named but not sent to, with the reason.</param>
public sealed record ScheduledDigest(string Digest, string Dashboard, AsOfRule Rule, TimeZoneInfo Zone,
    Func<DateTimeOffset, DateTimeOffset?> NextFireAfter, IReadOnlyList<string> Recipients, IReadOnlyList<ExcludedRecipient> Excluded)
{
    /// <summary>The batch for the fire at <paramref name="fireTime"/>.</summary>
    public DigestBatch BatchFor(DateTimeOffset fireTime) => new(Digest, Dashboard, Rule.Resolve(fireTime, Zone), Recipients, Excluded);
}
