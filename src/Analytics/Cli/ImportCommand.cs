using System.CommandLine;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Ledgers;
using Analytics.Core.Ingest.Store;

namespace Analytics.Cli;

/// <summary><c>analytics import FILE… [--kind K] [--data DIR]</c> and <c>analytics remove NAME [--data DIR]</c>.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "台账文件（xlsx 或 CSV），一同导入，全部成功或全部不变 / ledger files (xlsx or CSV), loaded together, all or nothing",
            Arity = ArgumentArity.OneOrMore,
        };
        var kind = ChoiceOption.Optional<LedgerKind>("--kind", "台账类型（默认按表头识别）/ the ledger kind (default: told by the headers)");
        var data = CliOptions.Data();
        var command = new Command("import", "导入台账文件，生成新的数据版本 / import ledger files into a new data version") { files, kind, data };
        command.SetAction(parse => Import(new DataStore(parse.DataDirectory(data)), parse.GetValue(files)!, parse.GetValue(kind), "import", CliOptions.ShowProgress(parse)));
        return command;
    }

    public static Command CreateRemove()
    {
        var name = new Argument<string>("NAME") { Description = "已导入的文件名，如 项目台账.xlsx / the name of a loaded file" };
        var data = CliOptions.Data();
        var command = new Command("remove", "移除一个已导入的台账文件（及其行），生成新的数据版本 / drop a loaded file and its rows in a new data version") { name, data };
        command.SetAction(parse =>
        {
            var importer = new Importer(new DataStore(parse.DataDirectory(data))) { BeforePublish = Pipeline.BeforePublish };
            return Report(importer.Remove(parse.GetValue(name)!));
        });
        return command;
    }

    /// <summary>Imports <paramref name="files"/> with the SQL models, showing each file's rows and each stage; returns the exit code.</summary>
    private static int Import(DataStore store, IReadOnlyList<string> files, LedgerKind? kind, string action, bool showProgress) =>
        Report(ImportProgress.Run(showProgress, p => Load(store, files, kind, action, p)));

    /// <summary>Imports <paramref name="files"/> with the SQL models (the <c>BeforePublish</c> step), reporting rows and stages to <paramref name="progress"/>.</summary>
    public static ImportResult Load(DataStore store, IReadOnlyList<string> files, LedgerKind? kind, string action, ImportProgress progress)
    {
        var importer = new Importer(store)
        {
            Progress = progress.Rows,
            BeforePublish = (connection, problems) =>
            {
                progress.Stage("构建 SQL 模型并运行数据测试");
                Pipeline.BeforePublish(connection, problems);
                progress.Stage("发布新数据版本");
            },
        };
        return importer.Import(files, kind, action);
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
        foreach (var (table, rows) in version.Tables) Console.WriteLine($"  {table,-14} {rows,12:N0}");
        return 0;
    }
}
