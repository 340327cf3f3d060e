using System.Text;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Ledgers;
using Analytics.Core.Ingest.Store;

namespace Analytics.Jobs;

/// <summary>
/// The ledger drop folder (<c>DATA/inbox</c>): each poll imports the files that have stopped changing, as
/// <c>analytics import</c> would (same validation, same atomic switch to a new data version). Ready files are
/// imported together; when that fails, the files with errors go to <c>failed/</c> with a <c>NAME.errors.txt</c>
/// listing their problems and the others are imported again without them; imported files go to <c>done/</c>.
/// A file whose size or modification time changed since the last poll, and was modified within
/// <see cref="SettleTime"/>, is still being written and waits for a later poll. One file never stops the others: an
/// import that throws (out of memory, a bug) fails its file, or retries each file of the batch alone; an import that
/// took the process down is known at the next poll (<see cref="DropFolderAttempts"/>), its files are retried alone,
/// and a file that took it down twice is set aside in <c>failed/</c>.
/// </summary>
public sealed class DropFolder(string inbox, Func<IReadOnlyList<string>, ImportResult> import, TimeProvider clock)
{
    private static readonly string[] Extensions = [".xlsx", ".xls", ".csv"];

    // (size, modified) of every file at the previous poll.
    private readonly Dictionary<string, (long Size, DateTime Modified)> previous = new(StringComparer.Ordinal);

    public string Inbox { get; } = Path.GetFullPath(inbox);

    public string DoneDirectory => Path.Combine(Inbox, "done");

    public string FailedDirectory => Path.Combine(Inbox, "failed");

    /// <summary>A file untouched this long is complete even if this process has not seen it before (after a restart).</summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Looks at the folder once and imports what is ready.</summary>
    public DropFolderResult Poll()
    {
        Directory.CreateDirectory(Inbox);
        var now = clock.GetUtcNow().UtcDateTime;
        var ready = new List<string>();
        var waiting = new List<string>();
        var current = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Inbox).Where(IsLedger).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(path);
            var state = (info.Length, info.LastWriteTimeUtc);
            current[path] = state;
            var unchanged = previous.TryGetValue(path, out var before) && before == state;
            if ((unchanged || now - info.LastWriteTimeUtc >= SettleTime) && info.Length > 0) ready.Add(path);
            else waiting.Add(Path.GetFileName(path));
        }
        previous.Clear();
        foreach (var (path, state) in current) previous[path] = state;
        if (ready.Count == 0) return new DropFolderResult([], [], waiting);

        var attempts = DropFolderAttempts.Open(Inbox);
        var imported = new List<string>();
        var failed = new List<string>();
        try
        {
            // A file that took the process down twice is set aside; one that did so once is imported on its own, so that
            // the files that happened to be imported with it are not held back.
            foreach (var path in ready.Where(p => attempts.Crashes(Path.GetFileName(p)) >= 2))
            {
                Fail(path, Crashed(Path.GetFileName(path)));
                failed.Add(Path.GetFileName(path));
            }
            var suspects = ready.Where(p => attempts.Crashes(Path.GetFileName(p)) == 1).ToList();
            var batches = suspects.Select(p => (IReadOnlyList<string>)[p]).Prepend(ready.Where(p => attempts.Crashes(Path.GetFileName(p)) == 0).ToList());
            foreach (var batch in batches.Where(b => b.Count > 0))
                ImportBatch(batch, attempts, imported, failed);
        }
        catch (StoreBusyException)
        {
            // Another import holds the data directory: the files stay for the next poll.
        }
        foreach (var name in imported.Concat(failed)) previous.Remove(Path.Combine(Inbox, name));
        attempts.Retain(Directory.EnumerateFiles(Inbox).Select(p => Path.GetFileName(p)));
        return new DropFolderResult(imported, failed, waiting);
    }

    /// <summary>
    /// Imports files together; when that fails, the files with errors go to <c>failed/</c> and the others are imported again.
    /// An exception (other than a busy store) fails a lone file, and makes each file of a batch be imported on its own.
    /// </summary>
    private void ImportBatch(IReadOnlyList<string> batch, DropFolderAttempts attempts, List<string> imported, List<string> failed)
    {
        var remaining = batch;
        while (remaining.Count > 0)
        {
            ImportResult? result = null;
            Exception? thrown = null;
            attempts.Start(remaining.Select(p => Path.GetFileName(p)!));
            try
            {
                result = import(remaining);
            }
            catch (Exception e) when (e is not StoreBusyException)
            {
                thrown = e;
            }
            finally
            {
                attempts.Finish();
            }
            if (thrown is not null)
            {
                if (remaining.Count > 1)
                {
                    foreach (var path in remaining) ImportBatch([path], attempts, imported, failed);
                    return;
                }
                Fail(remaining[0], Threw(Path.GetFileName(remaining[0]), thrown));
                failed.Add(Path.GetFileName(remaining[0]));
                return;
            }
            if (result!.Succeeded)
            {
                foreach (var path in remaining)
                {
                    MoveTo(path, DoneDirectory);
                    imported.Add(Path.GetFileName(path));
                }
                return;
            }
            var bad = remaining.Where(p => result.Problems.ErrorsIn(Path.GetFileName(p)) > 0).ToList();
            // A failure no file is to blame for (a full disk): every file carries the problems.
            if (bad.Count == 0) bad = remaining.ToList();
            foreach (var path in bad)
            {
                Fail(path, result.Problems);
                failed.Add(Path.GetFileName(path));
            }
            remaining = remaining.Except(bad).ToList();
        }
    }

    private static ProblemLog Threw(string name, Exception e)
    {
        var problems = new ProblemLog();
        problems.Add(e is OutOfMemoryException or InsufficientExecutionStackException
            ? new LedgerProblem(ProblemSeverity.Error, name, null, null, null,
                "导入此文件时内存不足，导入已取消，当前数据未改变", "the import of this file ran out of memory; it was cancelled and the current data is unchanged", e.Message)
            : new LedgerProblem(ProblemSeverity.Error, name, null, null, null,
                "导入此文件时发生内部错误，导入已取消，当前数据未改变", "the import of this file failed with an internal error; it was cancelled and the current data is unchanged",
                $"{e.GetType().Name}: {e.Message}"));
        return problems;
    }

    private static ProblemLog Crashed(string name)
    {
        var problems = new ProblemLog();
        problems.Add(new LedgerProblem(ProblemSeverity.Error, name, null, null, null,
            "导入此文件时服务进程两次意外终止，文件已搁置，当前数据未改变", "the process ended unexpectedly twice while importing this file; it was set aside and the current data is unchanged"));
        return problems;
    }

    private void Fail(string path, ProblemLog problems)
    {
        var name = Path.GetFileName(path);
        var target = MoveTo(path, FailedDirectory);
        var mine = problems.Listed.Where(p => p.File == name).ToList();
        if (mine.Count == 0) mine = problems.Listed.ToList();
        var text = new StringBuilder();
        text.AppendLine($"{name}：导入失败，共 {mine.Count(p => p.Severity == ProblemSeverity.Error)} 个错误 / import failed");
        foreach (var problem in mine.OrderBy(p => p.Severity))
        {
            text.AppendLine(problem.LineZh);
            text.AppendLine(problem.LineEn);
        }
        foreach (var (file, count) in problems.Unlisted.Where(u => u.File == name))
            text.AppendLine($"{file}：另有 {count} 个问题未列出 / {count} more problems not listed");
        File.WriteAllText(target + ".errors.txt", text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>Moves a file into <paramref name="directory"/>, keeping its name unless one is there already.</summary>
    private string MoveTo(string path, string directory)
    {
        Directory.CreateDirectory(directory);
        var name = Path.GetFileName(path);
        var target = Path.Combine(directory, name);
        if (File.Exists(target))
        {
            var stamp = clock.GetUtcNow().ToLocalTime().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
            target = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(name)}.{stamp}{Path.GetExtension(name)}");
            for (var n = 2; File.Exists(target); n++)
                target = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(name)}.{stamp}-{n}{Path.GetExtension(name)}");
        }
        File.Move(path, target);
        // Housekeeping ages done/ and failed/ by when a file arrived there.
        File.SetLastWriteTimeUtc(target, clock.GetUtcNow().UtcDateTime);
        return target;
    }

    private static bool IsLedger(string path)
    {
        var name = Path.GetFileName(path);
        // Office's lock files (~$…), hidden files and partial downloads are not ledgers.
        return !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal)
            && Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);
    }
}
