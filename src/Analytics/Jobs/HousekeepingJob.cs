using Analytics.Core.Ingest.Store;
using Quartz;

namespace Analytics.Jobs;

/// <summary>Prunes what is older than the retention settings: data versions, the send log, and files in <c>inbox/done</c> and <c>inbox/failed</c>.</summary>
[DisallowConcurrentExecution]
public sealed class HousekeepingJob(JobsSettings settings, DigestService digests, TimeProvider clock, ILogger<HousekeepingJob> logger) : IJob
{
    public static readonly JobKey Key = new("housekeeping", "local");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var store = new DataStore(settings.DataRoot);
        try
        {
            using (store.LockForWriting()) store.Prune(Math.Max(1, settings.Retention.Versions));
        }
        catch (StoreBusyException)
        {
            logger.LogInformation("Housekeeping: an import is running; data versions are pruned next time");
        }
        var now = clock.GetUtcNow();
        var removed = await digests.Log.PruneAsync(now.AddDays(-settings.Retention.SendLogDays), cancellationToken);
        var files = 0;
        foreach (var folder in new[] { "done", "failed" }.Select(f => Path.Combine(settings.InboxDirectory, f)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => File.GetLastWriteTimeUtc(f) < now.UtcDateTime.AddDays(-settings.Retention.InboxDays)).ToList())
            {
                File.Delete(file);
                files++;
            }
        }
        logger.LogInformation("Housekeeping: {Records} send-log records and {Files} inbox files removed", removed, files);
    }
}
