using Quartz;

namespace Analytics.Jobs;

/// <summary>Polls the ledger drop folder (<see cref="DropFolder"/>).</summary>
[DisallowConcurrentExecution]
public sealed class DropFolderJob(DropFolder folder, ILogger<DropFolderJob> logger) : IJob
{
    public static readonly JobKey Key = new("inbox", "local");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var result = folder.Poll();
        foreach (var name in result.Imported) logger.LogInformation("Inbox: imported {File}", name);
        foreach (var name in result.Failed) logger.LogWarning("Inbox: {File} failed; see {Folder}", name, folder.FailedDirectory);
        return ValueTask.CompletedTask;
    }
}
