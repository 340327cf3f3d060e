using System.Diagnostics;
using System.Security.Cryptography;
using Analytics.Core.Ingest.Ledgers;
using Analytics.Core.Ingest.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Core.Ingest;

/// <summary>
/// Loads ledger files into a new data version: the new files plus every current file they do not
/// replace, checked row by row and as a whole, built completely in a fresh DuckDB database, then made
/// current in one atomic step. Any error leaves the current version exactly as it was.
/// </summary>
public sealed class Importer(DataStore store)
{
    /// <summary>Versions kept besides the current one's predecessors.</summary>
    public int KeepVersions { get; init; } = 5;

    /// <summary>Called with (file, rows read, elapsed) while reading, one call at a time, possibly from the thread that reads ahead.</summary>
    public Action<string, long, TimeSpan>? Progress { get; init; }

    /// <summary>
    /// DuckDB's memory limit while rows are loaded, checked and written, in DuckDB's notation (e.g. <c>128MB</c>):
    /// beyond it DuckDB spills to a temporary folder in the build directory, so the import's memory does not grow
    /// with the ledgers. <see cref="BeforePublish"/> runs under DuckDB's usual limit instead (<see cref="ModelMemoryLimit"/>).
    /// </summary>
    public string MemoryLimit { get; init; } = DefaultMemoryLimit;

    /// <summary>
    /// The default <see cref="MemoryLimit"/>: with 10 million fund rows the import then peaks near 400MB in all;
    /// 160MB saves about a second of spilling in the reference check and costs some 70MB more at the peak.
    /// </summary>
    public const string DefaultMemoryLimit = "128MB";

    /// <summary>
    /// DuckDB's memory limit while <see cref="BeforePublish"/> builds the models over <paramref name="ledgerRows"/> rows:
    /// 600MB plus 100MB per million rows, at most 80 % of the memory .NET sees (cgroup limits included). Beyond it DuckDB
    /// spills to the build directory, so the memory follows the ledgers' size: a small ledger of many members (whose
    /// daily snapshots grow with members × days) stays under 1GB instead of taking the machine's memory, and
    /// <see cref="Store.SizeLimits"/> bounds its time.
    /// </summary>
    public static string ModelMemoryLimit(long ledgerRows) =>
        $"{Math.Min(600 + ledgerRows / 10_000, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 8 / 10 / (1024 * 1024))}MB";

    /// <summary>Runs against the complete new database before it becomes current (the SQL models); throwing aborts the load.</summary>
    public Action<DuckDBConnection, ProblemLog>? BeforePublish { get; init; }

    /// <summary>Imports files together: all or nothing.</summary>
    public ImportResult Import(IReadOnlyList<string> files, LedgerKind? kind = null, string action = "import") =>
        Load(files, [], kind, action);

    /// <summary>Drops the current file named <paramref name="name"/> (and its rows) in a new version.</summary>
    public ImportResult Remove(string name) => Load([], [name], null, "remove");

    private ImportResult Load(IReadOnlyList<string> files, IReadOnlyList<string> removed, LedgerKind? kind, string action)
    {
        var problems = new ProblemLog();
        var names = files.Select(Path.GetFileName).Select(n => n!).ToList();
        using var writerLock = store.LockForWriting();
        store.ClearDebris();
        var current = store.Current;

        foreach (var duplicate in names.GroupBy(n => n).Where(g => g.Count() > 1))
            problems.Add(new LedgerProblem(ProblemSeverity.Error, duplicate.Key, null, null, null,
                "同一次导入中有两个同名文件", "two files of the same name in one import"));
        foreach (var name in removed.Where(n => current?.Files.All(f => f.Name != n) ?? true))
            problems.Add(new LedgerProblem(ProblemSeverity.Error, name, null, null, null,
                "当前数据中没有这个文件", "no current file has this name", null,
                current is null ? "（尚无数据）" : string.Join("、", current.Files.Select(f => f.Name)),
                current is null ? "(no data yet)" : string.Join(", ", current.Files.Select(f => f.Name))));
        foreach (var missing in files.Where(f => !File.Exists(f)))
            problems.Add(new LedgerProblem(ProblemSeverity.Error, Path.GetFileName(missing), null, null, null, "文件不存在", "file not found", missing));
        if (problems.HasErrors) return Finish(action, names, problems, null, changed: false);

        string? build = null;
        try
        {
            build = store.NewBuildDirectory();
            var (manifest, changed) = Build(build, files, removed, kind, current, problems);
            if (problems.HasErrors || manifest is null) return Finish(action, names, problems, null, changed: false);
            if (!changed)
            {
                Directory.Delete(build, recursive: true);
                return Finish(action, names, problems, current, changed: false);
            }
            foreach (var entry in manifest.Files.Where(f => names.Contains(f.Name)))
                store.KeepRawFile(files[names.IndexOf(entry.Name)], entry);
            store.Publish(build, manifest);
            TryPrune();
            return Finish(action, names, problems, manifest, changed: true);
        }
        catch (Exception e) when (e is IOException or DuckDBException or UnauthorizedAccessException)
        {
            // Free the build's space first: on a full disk the history line needs it.
            if (build is not null) TryDelete(build);
            var full = DiskSpace.IsFull(e);
            problems.Add(new LedgerProblem(ProblemSeverity.Error, names.FirstOrDefault() ?? store.Root, null, null, null,
                full ? "磁盘空间不足，导入已取消，当前数据未改变" : "写入数据失败，导入已取消，当前数据未改变",
                full ? "the disk is full; the import was cancelled and the current data is unchanged" : "writing the data failed; the import was cancelled and the current data is unchanged",
                e.Message));
            return Finish(action, names, problems, null, changed: false);
        }
        finally
        {
            if (build is not null) TryDelete(build);
        }
    }

    private (VersionManifest? Manifest, bool Changed) Build(string build, IReadOnlyList<string> files, IReadOnlyList<string> removed,
        LedgerKind? kind, VersionManifest? current, ProblemLog problems)
    {
        var entries = new List<LedgerFileEntry>();
        // The allocator's background thread hands freed memory back to the system between statements.
        using (var connection = new DuckDBConnection(
            $"Data Source={Path.Combine(build, DataStore.DatabaseFileName)};memory_limit={MemoryLimit};allocator_background_threads=true"))
        {
            connection.Open();
            connection.Execute(RawSchema.Create);
            using (var writer = new RawTableWriter(connection))
            {
                foreach (var path in files)
                    entries.Add(ReadFile(path, kind, writer, problems));
            }
            if (problems.HasErrors) return (null, false);

            var replaced = entries.Select(e => e.Name).Concat(removed).ToHashSet();
            var retained = current?.Files.Where(f => !replaced.Contains(f.Name)).ToList() ?? [];
            if (retained.Count > 0) CarryOver(connection, current!.Id, retained);
            entries.AddRange(retained);

            SetChecks.Run(connection, problems);
            if (problems.HasErrors) return (null, false);

            var id = VersionId(entries, out var sequence);
            if (current is not null && current.Id[(current.Id.IndexOf('-') + 1)..] == id[(id.IndexOf('-') + 1)..]) return (current, false);

            var builtAt = DateTimeOffset.Now;
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "insert into raw.version values ($id, $sequence, $at)";
                command.Parameters.Add(new DuckDBParameter("id", id));
                command.Parameters.Add(new DuckDBParameter("sequence", sequence));
                command.Parameters.Add(new DuckDBParameter("at", builtAt.LocalDateTime));
                command.ExecuteNonQuery();
            }
            // Counted once: the manifest records them and the models' memory cap grows with them.
            // The optional kinds are listed only when loaded, so a version of the four ledgers reads as it always did.
            var tables = RawSchema.Tables.Select(t => (Table: t, Rows: Count(connection, $"raw.{t}")))
                .Where(t => t.Rows > 0 || !RawSchema.OptionalTables.Contains(t.Table))
                .ToDictionary(t => t.Table, t => t.Rows);

            if (BeforePublish is { } models)
            {
                connection.Execute($"set memory_limit = '{ModelMemoryLimit(tables.Values.Sum())}'");
                models(connection, problems);
                if (problems.HasErrors) return (null, false);
                connection.Execute($"set memory_limit = '{MemoryLimit.Replace("'", "''")}'");
            }

            connection.Execute("checkpoint");
            return (new VersionManifest(id, sequence, builtAt, current?.Id, entries.OrderBy(e => e.Name, StringComparer.Ordinal).ToList(), tables, problems.WarningCount), true);
        }
    }

    private LedgerFileEntry ReadFile(string path, LedgerKind? kind, RawTableWriter writer, ProblemLog problems)
    {
        var name = Path.GetFileName(path);
        var clock = Stopwatch.StartNew();
        var reader = new LedgerFileReader(path, name, problems, kind) { Progress = rows => Progress?.Invoke(name, rows, clock.Elapsed) };
        long rows = 0;
        foreach (var batch in ReadAhead.Batches(reader.Read()))
        {
            foreach (var row in batch) writer.Write(row);
            rows += batch.Count;
        }
        Progress?.Invoke(name, rows, clock.Elapsed);
        var info = new FileInfo(path);
        return new LedgerFileEntry(name, reader.Kinds.Select(KindName).ToList(), info.Length, Sha256(path),
            reader.RowCounts.ToDictionary(p => KindName(p.Key), p => p.Value), DateTimeOffset.Now);
    }

    /// <summary>A kind as the manifest names it, as its raw table does: <c>projects</c>, <c>external_ranks</c>.</summary>
    private static string KindName(LedgerKind kind) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    private void CarryOver(DuckDBConnection connection, string currentId, IReadOnlyList<LedgerFileEntry> retained)
    {
        var path = store.DatabasePath(currentId).Replace("'", "''");
        connection.Execute($"attach '{path}' as previous (read_only)");
        try
        {
            // By name: a version built before a ledger gained columns (or kinds) carries over with those empty.
            var previousTables = connection.Query<string>("select table_name from duckdb_tables() where database_name = 'previous' and schema_name = 'raw'").ToHashSet();
            foreach (var table in RawSchema.Tables.Where(previousTables.Contains))
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"insert into raw.{table} by name select * from previous.raw.{table} where list_contains($files, _file)";
                command.Parameters.Add(new DuckDBParameter("files", retained.Select(f => f.Name).ToArray()));
                command.ExecuteNonQuery();
            }
        }
        finally
        {
            connection.Execute("detach previous");
        }
    }

    private string VersionId(IReadOnlyList<LedgerFileEntry> entries, out int sequence)
    {
        sequence = store.NextSequence();
        var identity = string.Join("\n", entries.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => e.Name + "\t" + e.Sha256));
        var hash = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(identity)))[..10];
        return $"v{sequence:D4}-{hash}";
    }

    private ImportResult Finish(string action, IReadOnlyList<string> names, ProblemLog problems, VersionManifest? version, bool changed)
    {
        var succeeded = !problems.HasErrors;
        try
        {
            store.AppendHistory(new LoadRecord(DateTimeOffset.Now, action, names, succeeded, succeeded ? version?.Id : null,
                problems.ErrorCount, problems.WarningCount, problems.Listed.Take(20).Select(p => p.LineZh).ToList()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The history is a log: a line that cannot be written (a full disk) must not hide the outcome.
        }
        return new ImportResult(succeeded, changed, succeeded ? version : store.Current, problems);
    }

    private void TryPrune()
    {
        try
        {
            store.Prune(KeepVersions);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The new version is already current; the next load prunes again.
        }
    }

    private static long Count(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"select count(*) from {table}";
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Cleared by the next import's ClearDebris.
        }
    }
}
