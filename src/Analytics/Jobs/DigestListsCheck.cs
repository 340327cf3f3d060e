namespace Analytics.Jobs;

/// <summary>At start, warns about dashboards whose front matter cannot be read and recipient lists the digests name but the configuration does not define.</summary>
internal sealed class DigestListsCheck(DashboardDigestPages pages, JobsSettings settings, ILogger<DigestListsCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, problem) in pages.Problems)
            logger.LogWarning("Dashboard {Dashboard}: its front matter cannot be read, so its digests are not scheduled: {Problem}", name, problem);
        foreach (var digest in pages.Digests)
            foreach (var list in settings.Recipients.Resolve(digest.Definition.Recipients, digest.Internal).MissingLists)
                logger.LogWarning("Digest {Digest}: the recipient list {List} is not configured (Digests:Lists:{List}); it receives nothing", digest.Key, list, list);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
