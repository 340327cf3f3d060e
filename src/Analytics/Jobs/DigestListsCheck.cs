namespace Analytics.Jobs;

/// <summary>
/// At start, warns about dashboards whose front matter cannot be read, recipient lists the digests name but the
/// configuration does not define, and a missing <c>Site:PublicUrl</c> while digests are scheduled (their links would lead nowhere).
/// </summary>
internal sealed class DigestListsCheck(DashboardDigestPages pages, JobsSettings settings, ILogger<DigestListsCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, problem) in pages.Problems)
            logger.LogWarning("Dashboard {Dashboard}: its front matter cannot be read, so its digests are not scheduled: {Problem}", name, problem);
        if (pages.Digests.Count > 0 && !settings.PublicUrlSet)
            logger.LogWarning("Site:PublicUrl is not set: the links in the {Count} scheduled digests point to {Url}, which readers outside this machine may not reach; set Site:PublicUrl to the site's public address",
                pages.Digests.Count, settings.SiteUrl);
        foreach (var digest in pages.Digests)
            foreach (var list in settings.Recipients.Resolve(digest.Definition.Recipients, digest.Internal).MissingLists)
                logger.LogWarning("Digest {Digest}: the recipient list {List} is not configured (Digests:Lists:{List}); it receives nothing", digest.Key, list, list);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
