using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;

namespace Analytics.Core.Ingest.Store;

/// <summary>
/// The data directory: complete, immutable data versions under <c>versions/ID/</c> (a DuckDB file and
/// its manifest), raw ledger files kept by content under <c>raw/SHA256/NAME</c>, the id of the current
/// version in <c>current</c> (replaced atomically by rename), a counter of switches in <c>generation</c>
/// (<see cref="StoreGeneration"/>), and <c>history.jsonl</c>.
/// A version is built under <c>versions/.building-*</c> and renamed into place only when complete, so a
/// killed import leaves the previous version current and nothing that a later start cannot clear.
/// </summary>
public sealed class DataStore
{
    public const string DatabaseFileName = "analytics.duckdb";
    private const string ManifestFileName = "manifest.json";
    private const string BuildingPrefix = ".building-";

    /// <summary>A raw file being copied in, named so that it cannot be a ledger's own name.</summary>
    private const string PartialRawFile = ".partial";

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private static readonly JsonSerializerOptions JsonLine = new(Json) { WriteIndented = false };

    public DataStore(string root)
    {
        Root = Path.GetFullPath(root);
    }

    /// <summary>The default data directory: <c>ANALYTICS_DATA</c>, or <c>./data</c>.</summary>
    public static string DefaultRoot => Environment.GetEnvironmentVariable("ANALYTICS_DATA") is { Length: > 0 } dir ? dir : "data";

    public string Root { get; }

    public string VersionsDirectory => Path.Combine(Root, "versions");

    public string RawDirectory => Path.Combine(Root, "raw");

    private string CurrentPointer => Path.Combine(Root, "current");

    private string HistoryPath => Path.Combine(Root, "history.jsonl");

    /// <summary>The id of the current version, or null before the first load.</summary>
    public string? CurrentId
    {
        get
        {
            try
            {
                var id = File.ReadAllText(CurrentPointer).Trim();
                return id.Length > 0 && File.Exists(DatabasePath(id)) ? id : null;
            }
            catch (FileNotFoundException)
            {
                return null;
            }
            catch (DirectoryNotFoundException)
            {
                return null;
            }
        }
    }

    public VersionManifest? Current => CurrentId is { } id ? ReadManifest(id) : null;

    public string DatabasePath(string versionId) => Path.Combine(VersionsDirectory, versionId, DatabaseFileName);

    public string RawFilePath(LedgerFileEntry file) => Path.Combine(RawDirectory, file.Sha256, file.Name);

    /// <summary>
    /// Opens a read-only connection to the current version; with <paramref name="sandboxed"/>, SQL on it can neither
    /// read nor write other files (no <c>COPY … TO</c>, <c>read_csv</c>, <c>ATTACH</c>, extensions): for users' ad-hoc SQL.
    /// </summary>
    public DuckDBConnection OpenCurrent(bool sandboxed = false)
    {
        var id = CurrentId ?? throw new InvalidOperationException("尚无数据：请先运行 analytics import 或 analytics demo / no data yet: run analytics import or analytics demo first");
        var settings = DuckDbEngine.ReadOnly(DatabasePath(id)) + (sandboxed ? ";enable_external_access=false;lock_configuration=true" : "");
        var connection = new DuckDBConnection(settings);
        connection.Open();
        return connection;
    }

    /// <summary>All complete versions, oldest first.</summary>
    public IReadOnlyList<VersionManifest> Versions()
    {
        if (!Directory.Exists(VersionsDirectory)) return [];
        return Directory.EnumerateDirectories(VersionsDirectory)
            .Select(Path.GetFileName)
            .Where(name => name is not null && !name.StartsWith('.'))
            .Select(name => ReadManifest(name!))
            .OfType<VersionManifest>()
            .OrderBy(m => m.Sequence)
            .ToList();
    }

    public VersionManifest? ReadManifest(string id)
    {
        var path = Path.Combine(VersionsDirectory, id, ManifestFileName);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<VersionManifest>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Takes the store's writer lock (one import at a time; released by the OS if the process dies).</summary>
    public IDisposable LockForWriting()
    {
        Directory.CreateDirectory(Root);
        try
        {
            return new FileStream(Path.Combine(Root, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new StoreBusyException();
        }
    }

    /// <summary>Removes what an interrupted import left behind. Call holding the writer lock.</summary>
    public void ClearDebris()
    {
        if (!Directory.Exists(VersionsDirectory)) return;
        foreach (var dir in Directory.EnumerateDirectories(VersionsDirectory, BuildingPrefix + "*"))
            Directory.Delete(dir, recursive: true);
        foreach (var tmp in Directory.EnumerateFiles(Root, "*.tmp"))
            File.Delete(tmp);
        if (!Directory.Exists(RawDirectory)) return;
        foreach (var dir in Directory.EnumerateDirectories(RawDirectory))
        {
            File.Delete(Path.Combine(dir, PartialRawFile));
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        }
    }

    /// <summary>A fresh directory to build a version in.</summary>
    public string NewBuildDirectory()
    {
        var dir = Path.Combine(VersionsDirectory, BuildingPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public int NextSequence() => Versions().Select(v => v.Sequence).DefaultIfEmpty(0).Max() + 1;

    /// <summary>Keeps a raw ledger file by content (once per distinct content).</summary>
    public void KeepRawFile(string source, LedgerFileEntry entry)
    {
        var target = RawFilePath(entry);
        if (File.Exists(target)) return;
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, PartialRawFile);
        try
        {
            File.Copy(source, temporary, overwrite: true);
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            // A part copy must not stay behind on a disk that is probably full.
            File.Delete(temporary);
            if (!Directory.EnumerateFileSystemEntries(directory).Any()) Directory.Delete(directory);
            throw;
        }
    }

    /// <summary>Makes a complete build the current version: rename into place, then switch the pointer atomically.</summary>
    public void Publish(string buildDirectory, VersionManifest manifest)
    {
        WriteDurably(Path.Combine(buildDirectory, ManifestFileName), JsonSerializer.Serialize(manifest, Json));
        var target = Path.Combine(VersionsDirectory, manifest.Id);
        Directory.Move(buildDirectory, target);
        var pointer = CurrentPointer + ".tmp";
        WriteDurably(pointer, manifest.Id);
        File.Move(pointer, CurrentPointer, overwrite: true);
        try
        {
            StoreGeneration.Raise(Root); // readers see the switch at once
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The switch stands: readers check the pointer itself at least once a second.
        }
    }

    /// <summary>Deletes the oldest versions beyond <paramref name="keep"/> (never the current one) and raw files no version uses.</summary>
    public void Prune(int keep)
    {
        var current = CurrentId;
        var versions = Versions();
        foreach (var old in versions.Take(Math.Max(0, versions.Count - keep)).Where(v => v.Id != current))
            Directory.Delete(Path.Combine(VersionsDirectory, old.Id), recursive: true);
        if (!Directory.Exists(RawDirectory)) return;
        var used = Versions().SelectMany(v => v.Files).Select(f => f.Sha256).ToHashSet();
        foreach (var dir in Directory.EnumerateDirectories(RawDirectory))
            if (!used.Contains(Path.GetFileName(dir))) Directory.Delete(dir, recursive: true);
    }

    public void AppendHistory(LoadRecord record)
    {
        Directory.CreateDirectory(Root);
        var line = JsonSerializer.Serialize(record, JsonLine) + "\n";
        // No byte order mark: each line must parse as JSON on its own.
        File.AppendAllText(HistoryPath, line, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>The load history, oldest first; a line cut short by a crash is skipped.</summary>
    public IReadOnlyList<LoadRecord> History()
    {
        if (!File.Exists(HistoryPath)) return [];
        var records = new List<LoadRecord>();
        foreach (var line in File.ReadLines(HistoryPath))
        {
            try
            {
                if (JsonSerializer.Deserialize<LoadRecord>(line, Json) is { } record) records.Add(record);
            }
            catch (JsonException)
            {
            }
        }
        return records;
    }

    private static void WriteDurably(string path, string text)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }
}
