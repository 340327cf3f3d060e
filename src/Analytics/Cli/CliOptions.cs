using System.CommandLine;

namespace Analytics.Cli;

/// <summary>Options several verbs share.</summary>
internal static class CliOptions
{
    /// <summary><c>--data DIR</c>: the data directory (default <c>$ANALYTICS_DATA</c>, else <c>./data</c>).</summary>
    public static Option<string?> Data() => new("--data")
    {
        Description = "数据目录（默认 $ANALYTICS_DATA，否则 ./data）/ the data directory (default $ANALYTICS_DATA, else ./data)",
        HelpName = "DIR",
    };

    /// <summary>The data directory a verb works on: <c>--data</c>, else the default.</summary>
    public static string DataDirectory(this ParseResult parse, Option<string?> data) => parse.GetValue(data) ?? Core.Ingest.Store.DataStore.DefaultRoot;

    /// <summary><c>--quiet</c>, on every verb: no progress, even on a terminal.</summary>
    public static Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "不显示进度 / show no progress",
        Recursive = true,
    };

    /// <summary><c>--format</c>: one of <paramref name="allowed"/>; left out, a table on a terminal and JSON in a pipe or a file.</summary>
    public static Option<OutputFormat?> Format(params OutputFormat[] allowed) =>
        ChoiceOption.Optional("--format", "输出格式（默认：终端上为 table，管道或文件中为 json）/ output format (default: table on a terminal, json in a pipe or a file)", allowed);

    /// <summary>The format asked for, else a table on a terminal and JSON in a pipe or a file.</summary>
    public static OutputFormat FormatOrDefault(this ParseResult parse, Option<OutputFormat?> format) =>
        parse.GetValue(format) ?? (Terminal.OutputIsTerminal ? OutputFormat.Table : OutputFormat.Json);

    /// <summary>Progress is shown: standard error is a terminal and <c>--quiet</c> was not given.</summary>
    public static bool ShowProgress(ParseResult parse) => Terminal.ErrorIsTerminal && !parse.GetValue(Quiet);
}
