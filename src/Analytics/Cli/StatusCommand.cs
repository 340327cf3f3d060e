using Analytics.Core.Ingest.Store;

namespace Analytics.Cli;

/// <summary><c>analytics status [--data DIR]</c>: the current version, its files, the versions kept and the load history.</summary>
internal static class StatusCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var arguments = Arguments.Parse(args, ["data"], []);
        if (arguments.Help)
        {
            Console.WriteLine("用法 / usage: analytics status [--data DIR]");
            return Task.FromResult(0);
        }
        var store = new DataStore(arguments.DataDirectory);
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
        return Task.FromResult(0);
    }
}
