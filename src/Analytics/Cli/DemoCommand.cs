using Analytics.Core.Demo;
using Analytics.Core.Ingest.Store;

namespace Analytics.Cli;

/// <summary><c>analytics demo [--data DIR] [--scale N] [--seed S]</c>: writes the demo ledgers and imports them.</summary>
internal static class DemoCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var arguments = Arguments.Parse(args, ["data", "scale", "seed", "out", "today"], []);
        if (arguments.Help)
        {
            Console.WriteLine("用法 / usage: analytics demo [--data DIR] [--scale N] [--seed S] [--today YYYY-MM-DD] [--out DIR]");
            Console.WriteLine("  写出虚构城市「江城市」2019 年至今的示例台账（xlsx）并导入。--scale 1000 --today 2021-11-30 约 189 万个项目、1016 万行资金记录（压力测试用）。");
            return Task.FromResult(0);
        }
        var store = new DataStore(arguments.DataDirectory);
        var scale = arguments.GetInt("scale", 1);
        var seed = arguments.GetInt("seed", 2021);
        var directory = arguments.Get("out") ?? Path.Combine(store.Root, "demo-ledgers");
        Directory.CreateDirectory(directory);
        Console.Error.WriteLine($"生成示例台账（规模 {scale}，种子 {seed}）… / writing demo ledgers to {directory}");
        var progress = new ProgressReporter();
        var result = Pipeline.ImportDemo(store, new DemoOptions { Seed = seed, Scale = scale, Today = Today(arguments) }, directory, progress.Report);
        progress.Done();
        return Task.FromResult(ImportCommand.Report(result));
    }

    /// <summary>The demo's "today": the ledgers hold what had happened by then (default: the real today).</summary>
    private static DateOnly Today(Arguments arguments)
    {
        var text = arguments.Get("today");
        if (text is null) return DateOnly.FromDateTime(DateTime.Today);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"无法识别的日期「{text}」，应为 YYYY-MM-DD / bad --today date {text}, expected YYYY-MM-DD");
    }
}
