using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Ledgers;
using Analytics.Core.Ingest.Store;

namespace Analytics.Cli;

/// <summary><c>analytics import FILE… [--kind K] [--data DIR]</c> and <c>analytics remove NAME [--data DIR]</c>.</summary>
internal static class ImportCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var arguments = Arguments.Parse(args, ["data", "kind"], []);
        if (arguments.Help || arguments.Positional.Count == 0)
        {
            Console.WriteLine("用法 / usage: analytics import 项目台账.xlsx 资金到位台账.xlsx 目标任务.csv … [--kind projects|funds|targets|activities] [--data DIR]");
            return Task.FromResult(arguments.Help ? 0 : 2);
        }
        LedgerKind? kind = arguments.Get("kind") switch
        {
            null => null,
            "projects" => LedgerKind.Projects,
            "funds" => LedgerKind.Funds,
            "targets" => LedgerKind.Targets,
            "activities" => LedgerKind.Activities,
            var other => throw new UsageException($"未知台账类型「{other}」，应为 projects、funds、targets 或 activities / unknown --kind {other}"),
        };
        var progress = new ProgressReporter();
        var importer = new Importer(new DataStore(arguments.DataDirectory)) { Progress = progress.Report, BeforePublish = Pipeline.BeforePublish };
        var result = importer.Import(arguments.Positional, kind);
        progress.Done();
        return Task.FromResult(Report(result));
    }

    public static Task<int> RemoveAsync(string[] args)
    {
        var arguments = Arguments.Parse(args, ["data"], []);
        if (arguments.Help || arguments.Positional.Count != 1)
        {
            Console.WriteLine("用法 / usage: analytics remove 文件名 [--data DIR]");
            return Task.FromResult(arguments.Help ? 0 : 2);
        }
        var importer = new Importer(new DataStore(arguments.DataDirectory)) { BeforePublish = Pipeline.BeforePublish };
        return Task.FromResult(Report(importer.Remove(arguments.Positional[0])));
    }

    /// <summary>Prints problems and the outcome; returns the exit code.</summary>
    public static int Report(ImportResult result)
    {
        var problems = result.Problems;
        foreach (var problem in problems.Listed.OrderBy(p => p.Severity))
        {
            var output = problem.Severity == ProblemSeverity.Error ? Console.Error : Console.Out;
            output.WriteLine(problem.LineZh);
            output.WriteLine(problem.LineEn);
        }
        foreach (var (file, count) in problems.Unlisted)
            Console.Error.WriteLine($"{file}：另有 {count} 个问题未列出 / {count} more problems not listed");
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"导入失败：{problems.ErrorCount} 个错误，{problems.WarningCount} 个警告；当前数据版本未改变（{result.Version?.Id ?? "无"}）。");
            Console.Error.WriteLine($"import failed: {problems.ErrorCount} error(s), {problems.WarningCount} warning(s); the current data version is unchanged ({result.Version?.Id ?? "none"}).");
            return 1;
        }
        var version = result.Version!;
        if (!result.Changed)
        {
            Console.WriteLine($"数据未变化，当前版本仍为 {version.Id} / no change; the current version is still {version.Id}");
            return 0;
        }
        Console.WriteLine($"导入成功：当前数据版本 {version.Id}（{problems.WarningCount} 个警告）/ imported: current data version {version.Id}");
        foreach (var (table, rows) in version.Tables) Console.WriteLine($"  {table,-11} {rows,12:N0}");
        return 0;
    }
}
