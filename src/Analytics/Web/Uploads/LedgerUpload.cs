using System.Globalization;
using System.Security.Cryptography;
using Analytics.Audit;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Ledgers;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Models;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Uploads;

/// <summary>
/// Imports ledgers uploaded through the site exactly as <c>analytics import</c> does (the same checks, all or nothing,
/// the SQL models, one atomic switch), after a submitter's files have passed the <see cref="RegionCheck"/>. Uploads of this
/// site run one at a time; while another process (the command line, the drop folder of another node) holds the data, an
/// upload waits up to <see cref="BusyWait"/> and is then told to try again. The files are kept under <c>DATA/uploads/ID/</c>
/// only while they are checked and imported (the data store keeps the imported ones by content); the load history records
/// the upload as <c>upload:NAME</c>, the audit log as <c>upload</c> or <c>upload-refused</c>.
/// </summary>
public sealed class LedgerUpload(IOptions<SiteOptions> options, SiteData data, ModelCatalog models, AuditLog audit, TimeProvider clock)
{
    /// <summary>How long an upload waits for another process's import to end.</summary>
    public static readonly TimeSpan BusyWait = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim one = new(1, 1);

    /// <summary>Imports <paramref name="files"/> (already named by <see cref="UploadFileNames"/>) for <paramref name="user"/>; <paramref name="regions"/> is a submitter's, null for an admin.</summary>
    public async Task<UploadOutcome> ImportAsync(IReadOnlyList<(string Name, IFormFile File)> files, LedgerKind? kind, string user,
        IReadOnlyList<string>? regions, string? client, CancellationToken cancellation)
    {
        var directory = Path.Combine(options.Value.Data, "uploads",
            clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)));
        Directory.CreateDirectory(directory);
        try
        {
            var saved = new List<(string Path, string Name)>();
            foreach (var (name, file) in files)
            {
                var path = Path.Combine(directory, name);
                await using (var target = File.Create(path)) await file.CopyToAsync(target, cancellation);
                saved.Add((path, name));
            }
            var names = saved.Select(s => s.Name).ToList();
            var problems = new ProblemLog();
            if (regions is not null) RegionCheck.Run(saved, kind, regions, () => CurrentProjectsOf(regions), problems);
            if (problems.HasErrors)
            {
                data.Store.AppendHistory(new LoadRecord(DateTimeOffset.Now, "upload:" + user, names, false, null, problems.ErrorCount, problems.WarningCount,
                    problems.Listed.Take(20).Select(p => p.LineZh).ToList()));
                Record(user, AuditActions.UploadRefused, names, $"{problems.ErrorCount} errors", client);
                return new UploadOutcome(false, false, null, names, new Dictionary<string, long>(), problems);
            }
            var result = await ImportOneAtATimeAsync(saved.Select(s => s.Path).ToList(), kind, user, cancellation);
            if (result is null)
            {
                Record(user, AuditActions.UploadRefused, names, "busy", client);
                return new UploadOutcome(false, true, null, names, new Dictionary<string, long>(), problems);
            }
            var rows = result.Succeeded && result.Version is { } version
                ? version.Files.Where(f => names.Contains(f.Name)).ToDictionary(f => f.Name, f => f.Rows.Values.Sum())
                : new Dictionary<string, long>();
            Record(user, result.Succeeded ? AuditActions.Upload : AuditActions.UploadRefused, names,
                result.Succeeded ? result.Version?.Id : $"{result.Problems.ErrorCount} errors", client);
            return new UploadOutcome(result.Succeeded, false, result.Succeeded ? result.Version?.Id : null, names, rows, result.Problems);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The import, one upload at a time; null when another process kept the data busy for <see cref="BusyWait"/>.</summary>
    private async Task<ImportResult?> ImportOneAtATimeAsync(IReadOnlyList<string> paths, LedgerKind? kind, string user, CancellationToken cancellation)
    {
        var deadline = clock.GetUtcNow() + BusyWait;
        await one.WaitAsync(cancellation);
        try
        {
            while (true)
            {
                try
                {
                    var importer = new Importer(data.Store) { BeforePublish = Cli.Pipeline.BeforePublish };
                    return await Task.Run(() => importer.Import(paths, kind, action: "upload:" + user), cancellation);
                }
                catch (StoreBusyException) when (clock.GetUtcNow() < deadline)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), cancellation);
                }
                catch (StoreBusyException)
                {
                    return null;
                }
            }
        }
        finally
        {
            one.Release();
        }
    }

    private IReadOnlySet<string> CurrentProjectsOf(IReadOnlyList<string> regions)
    {
        var projects = new HashSet<string>(StringComparer.Ordinal);
        if (data.CurrentVersion() is not { } version) return projects;
        using var lease = data.Open(version);
        using var reader = lease.Metrics.Query(models, "stg_projects", null);
        var id = reader.GetOrdinal("project_id");
        var region = reader.GetOrdinal("region");
        while (reader.Read())
            if (regions.Contains(reader.GetString(region), StringComparer.Ordinal)) projects.Add(reader.GetString(id));
        return projects;
    }

    private void Record(string user, string action, IReadOnlyList<string> names, string? detail, string? client) =>
        audit.Append(new AuditEntry(clock.GetUtcNow(), user, action, string.Join("、", names), detail, client));
}
