using System.CommandLine;
using Analytics.Core.Demo;
using Analytics.Core.Ingest.Store;

namespace Analytics.Cli;

/// <summary><c>analytics demo [--data DIR] [--scale N] [--seed S] [--today D] [--out DIR]</c>: writes the demo ledgers and imports them.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var data = CliOptions.Data();
        var scale = Positive("--scale", 1, "规模倍数：1 约 1,900 个项目；1000 约 189 万个项目、1016 万行资金记录 / scale: 1 ≈ 1,900 projects; 1000 ≈ 1.9M projects and 10.2M fund rows");
        var seed = Positive("--seed", 2021, "随机种子，同一种子生成同样的台账 / random seed: the same seed writes the same ledgers");
        var today = DateOption.Create("--today", "示例数据的「今天」，台账只含此前发生的事（默认今天）/ the demo's today: the ledgers hold what had happened by then (default: today)");
        var output = new Option<string?>("--out") { Description = "台账文件写到哪里（默认 DATA/demo-ledgers）/ where to write the ledger files (default DATA/demo-ledgers)", HelpName = "DIR" };
        var command = new Command("demo", "生成并导入虚构城市「江城市」2019 年至今的示例台账 / write and import the demo ledgers of the fictional 江城市")
        {
            data, scale, seed, today, output,
        };
        command.SetAction(parse =>
        {
            var store = new DataStore(parse.DataDirectory(data));
            var options = new DemoOptions
            {
                Seed = parse.GetValue(seed),
                Scale = parse.GetValue(scale),
                Today = parse.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Today),
            };
            var directory = parse.GetValue(output) ?? Path.Combine(store.Root, "demo-ledgers");
            Directory.CreateDirectory(directory);
            var result = ImportProgress.Run(CliOptions.ShowProgress(parse), progress =>
            {
                progress.Stage($"生成示例台账（规模 {options.Scale}，种子 {options.Seed}）");
                var files = DemoLedgerFiles.Write(DemoData.Generate(options), directory);
                return ImportCommand.Load(store, files, null, "demo", progress);
            });
            return ImportCommand.Report(result);
        });
        return command;
    }

    private static Option<int> Positive(string name, int fallback, string description)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => fallback, HelpName = "N" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
                result.AddError($"{name} 应为正整数 / {name} must be a positive whole number");
        });
        return option;
    }
}
