using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace Analytics.Core.Digests;

/// <summary>
/// The send log in files under <c>DATA/state/digests/</c>, per digest: <c>KEY.sends.jsonl</c> and
/// <c>KEY.runs.jsonl</c> (one JSON object per line, appended and flushed to disk) and <c>KEY.lock</c>,
/// held with an exclusive OS lock while a batch runs, so that <c>analytics serve</c> and
/// <c>analytics digest --send</c> in another process never send the same digest at once. The OS
/// releases the lock of a process that dies. Readers take no lock and skip a line cut short.
/// </summary>
public sealed class FileSendLog : ISendLog
{
    private const string SendsSuffix = ".sends.jsonl";
    private const string RunsSuffix = ".runs.jsonl";

    // Appends from this process's workers to one file, one at a time.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> FileGates = new(StringComparer.Ordinal);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="directory">The folder of the log, normally <c>DATA/state/digests</c>.</param>
    /// <param name="durable">Flush every line to the disk (fsync); off only where a benchmark compares.</param>
    public FileSendLog(string directory, bool durable = true)
    {
        Directory = Path.GetFullPath(directory);
        Durable = durable;
    }

    /// <summary>The log for the data directory <paramref name="dataRoot"/>: <c>DATA/state/digests</c>.</summary>
    public static FileSendLog ForDataDirectory(string dataRoot) => new(Path.Combine(dataRoot, "state", "digests"));

    public string Directory { get; }

    public bool Durable { get; }

    /// <summary>How often a waiting <see cref="LockAsync"/> tries again.</summary>
    public TimeSpan LockPoll { get; init; } = TimeSpan.FromMilliseconds(50);

    public async Task<IAsyncDisposable> LockAsync(string digest, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(digest, ".lock");
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(LockPoll, cancellationToken);
            }
        }
    }

    public Task<IReadOnlyList<SendRecord>> SendsAsync(string digest, DateOnly asOf, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SendRecord>>(Read<SendRecord>(PathOf(digest, SendsSuffix)).Where(r => r.AsOf == asOf).ToList());

    public Task AppendAsync(SendRecord record, CancellationToken cancellationToken) =>
        AppendAsync(PathOf(record.Digest, SendsSuffix), JsonSerializer.Serialize(record, SendLogJson.Options), cancellationToken);

    public Task AppendRunAsync(DigestRun run, CancellationToken cancellationToken) =>
        AppendAsync(PathOf(run.Digest, RunsSuffix), JsonSerializer.Serialize(run, SendLogJson.Options), cancellationToken);

    public Task<DigestRun?> LastHandledRunAsync(string digest, CancellationToken cancellationToken) =>
        Task.FromResult(Read<DigestRun>(PathOf(digest, RunsSuffix)).Where(r => r.Handled).MaxBy(r => r.FireTime));

    public Task<IReadOnlyList<DigestRun>> RunsAsync(string digest, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DigestRun>>(Read<DigestRun>(PathOf(digest, RunsSuffix)));

    public Task<IReadOnlyList<SendRecord>> ProblemsAsync(DateTimeOffset since, int max, CancellationToken cancellationToken)
    {
        var problems = Files(SendsSuffix)
            .SelectMany(Read<SendRecord>)
            .GroupBy(r => (r.Digest, r.AsOf, r.Recipient))
            .Select(g => g.Last())
            .Where(r => r.Status is SendStatus.Failed or SendStatus.Skipped && r.At >= since)
            .OrderByDescending(r => r.At)
            .Take(max)
            .ToList();
        return Task.FromResult<IReadOnlyList<SendRecord>>(problems);
    }

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var sends in Files(SendsSuffix).ToList())
        {
            var digest = KeyOf(sends, SendsSuffix);
            await using var held = await LockAsync(digest, cancellationToken);
            removed += Rewrite(sends, Read<SendRecord>(sends).Where(r => r.At >= before).ToList());
            var runsPath = PathOf(digest, RunsSuffix);
            var runs = Read<DigestRun>(runsPath);
            var lastHandled = runs.Where(r => r.Handled).MaxBy(r => r.FireTime);
            removed += Rewrite(runsPath, runs.Where(r => r.At >= before || ReferenceEquals(r, lastHandled)).ToList());
        }
        return removed;
    }

    private static int Rewrite<T>(string path, IReadOnlyList<T> kept) where T : class
    {
        var before = Read<T>(path).Count;
        if (before == kept.Count) return 0;
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            foreach (var item in kept) stream.Write(Utf8.GetBytes(JsonSerializer.Serialize(item, SendLogJson.Options) + "\n"));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
        return before - kept.Count;
    }

    private async Task AppendAsync(string path, string json, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var bytes = Utf8.GetBytes(json + "\n");
        var gate = FileGates.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // One write of the whole line: a reader sees it entire or not at all, and a process killed
            // after it returns has left the line in the file (the OS holds it even before the flush).
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            stream.Write(bytes);
            if (Durable) stream.Flush(flushToDisk: true);
        }
        finally
        {
            gate.Release();
        }
    }

    private static List<T> Read<T>(string path) where T : class
    {
        var items = new List<T>();
        if (!File.Exists(path)) return items;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Utf8);
        while (reader.ReadLine() is { } line)
            if (SendLogJson.TryParse<T>(line) is { } item) items.Add(item);
        return items;
    }

    private IEnumerable<string> Files(string suffix) =>
        System.IO.Directory.Exists(Directory) ? System.IO.Directory.EnumerateFiles(Directory, "*" + suffix) : [];

    private string PathOf(string digest, string suffix) => Path.Combine(Directory, FileKey(digest) + suffix);

    private static string KeyOf(string path, string suffix)
    {
        var name = Path.GetFileName(path);
        return name[..^suffix.Length].Replace('~', '/');
    }

    /// <summary>The digest key as a file name: <c>dashboard/name</c> → <c>dashboard~name</c>.</summary>
    private static string FileKey(string digest)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string(digest.Select(c => c == '/' ? '~' : invalid.Contains(c) || c == '~' ? '_' : c).ToArray());
    }

    private sealed class FileLock(FileStream stream) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
