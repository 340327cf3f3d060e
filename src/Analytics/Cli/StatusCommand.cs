using System.CommandLine;
using Analytics.Core.Ingest.Store;

namespace Analytics.Cli;

/// <summary><c>analytics status [--data DIR]</c>: the current version, its files, the versions kept and the load history.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var data = CliOptions.Data();
        var command = new Command("status", "数据版本、文件、保留的版本、导入记录与简报发送问题 / data version, files, versions kept, load history and digest send problems") { data };
        command.SetAction((parse, _) => RunAsync(parse.DataDirectory(data)));
        return command;
    }

    private static async Task<int> RunAsync(string dataDirectory)
    {
        var store = new DataStore(dataDirectory);
        var current = store.Current;
        Console.WriteLine($"数据目录 / data directory: {store.Root}");
        if (current is null)
        {
            Console.WriteLine("尚无数据：运行 analytics demo 或 analytics import / no data yet: run analytics demo or analytics import");
        }
        else
        {
            Console.WriteLine($"当前版本 / current version: {current.Id}  构建于 / built {current.BuiltAt:yyyy-MM-dd HH:mm:ss zzz}");
            Console.WriteLine("文件 / files:");
            foreach (var file in current.Files)
            {
                var rows = string.Join(", ", file.Rows.Select(r => $"{r.Key} {r.Value:N0}"));
                Console.WriteLine($"  {file.Name}  {file.Size:N0} 字节  sha256 {file.Sha256}  [{rows}]");
            }
            Console.WriteLine("表 / tables: " + string.Join(", ", current.Tables.Select(t => $"{t.Key} {t.Value:N0}")));
        }
        Console.WriteLine("保留的版本 / versions kept:");
        foreach (var version in store.Versions())
            Console.WriteLine($"  {(version.Id == current?.Id ? "*" : " ")} {version.Id}  {version.BuiltAt:yyyy-MM-dd HH:mm:ss}  {version.Files.Count} 个文件");
        Console.WriteLine("导入记录 / load history:");
        foreach (var record in store.History().TakeLast(20))
        {
            var outcome = record.Succeeded ? $"成功 ok → {record.VersionId}" : $"失败 failed ({record.Errors} 个错误)";
            Console.WriteLine($"  {record.At:yyyy-MM-dd HH:mm:ss}  {record.Action,-7} {string.Join(" ", record.Files)}  {outcome}  {record.Warnings} 个警告");
        }
        await PrintSendProblemsAsync(dataDirectory);
        return 0;
    }

    /// <summary>Digest sends that failed after their last attempt or were skipped, newest first.</summary>
    private static async Task PrintSendProblemsAsync(string dataDirectory)
    {
        IReadOnlyList<Core.Digests.SendRecord> problems;
        try
        {
            var settings = Jobs.JobsSettings.Read(Jobs.JobsRegistration.LoadConfiguration(dataDirectory));
            var log = Jobs.JobsRegistration.CreateSendLog(settings);
            problems = await log.ProblemsAsync(DateTimeOffset.Now.AddDays(-settings.Retention.SendLogDays), 20, CancellationToken.None);
        }
        catch (Exception e) when (e is Core.Digests.DigestConfigurationException or Npgsql.NpgsqlException or System.Net.Sockets.SocketException)
        {
            Console.WriteLine($"简报发送记录不可读 / digest send log unavailable: {e.Message}");
            return;
        }
        Console.WriteLine(problems.Count == 0 ? "简报发送问题 / digest send problems: 无 none" : "简报发送问题 / digest send problems:");
        foreach (var p in problems)
        {
            var status = p.Status == Core.Digests.SendStatus.Failed ? $"失败 failed（{p.Attempts} 次尝试）" : "跳过 skipped";
            Console.WriteLine($"  {p.At.ToLocalTime():yyyy-MM-dd HH:mm:ss}  {p.Digest}  截至 {p.AsOf:yyyy-MM-dd}  {p.Recipient}  {status}  {p.Error}");
        }
    }
}
