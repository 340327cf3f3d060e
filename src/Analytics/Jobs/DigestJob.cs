using Quartz;

namespace Analytics.Jobs;

/// <summary>
/// Fires a digest: records the fire, then sends what the digest owes (<see cref="DigestService.RunDueAsync"/>).
/// One job per digest, never running beside itself; it also runs once at every start, which is how
/// fires missed while the server was down are caught up.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(DigestService digests, TimeProvider clock, ILogger<DigestJob> logger) : IJob
{
    public const string Group = "digests";

    /// <summary>The job data entry naming the digest (<c>dashboard/name</c>).</summary>
    public const string DigestKey = "digest";

    public static JobKey KeyFor(string digest) => new(digest, Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var key = context.MergedJobDataMap.GetString(DigestKey) ?? context.JobDetail.Key.Name;
        if (!digests.Digests.Any(d => d.Key == key))
        {
            logger.LogWarning("Digest {Digest} is no longer declared; its fire is ignored", key);
            return;
        }
        await digests.RecordFireAsync(key, context.ScheduledFireTimeUtc ?? clock.GetUtcNow(), cancellationToken);
        var report = await digests.RunDueAsync(key, cancellationToken);
        if (report.Plan.Baseline) logger.LogInformation("Digest {Digest}: first seen, earlier fires are not owed", key);
        foreach (var skipped in report.Plan.Skip) logger.LogWarning("Digest {Digest}: the fire of {Fire:u} was missed and is skipped", key, skipped);
        if (report.Result is { } result)
            logger.LogInformation("Digest {Digest} as of {AsOf:yyyy-MM-dd}: {Result}", key, report.AsOf, result);
    }
}
