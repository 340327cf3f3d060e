using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace Analytics.Cli;

/// <summary>
/// The product's verbs, <c>analytics VERB [options]</c>, on System.CommandLine: help on every verb, typed options, tab
/// completion through the <c>[suggest]</c> directive. A bad command line is one line on standard error in Chinese and
/// English and exit code 2; a failure is one line and exit code 1 (70 for a bug), never a stack trace.
/// </summary>
internal static partial class CommandLine
{
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static async Task<int> RunAsync(string[] args)
    {
        // Options without a verb start the site (`analytics --urls http://0.0.0.0:8080`); test hosts start it this way too.
        if (args.Length > 0 && args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not ("--help" or "--version"))
            args = ["serve", .. args];
        var root = Build(args);
        var parse = ParseBilingual(root, args, out var chinese);
        if (parse.Errors.Count > 0)
        {
            Console.Error.WriteLine(ErrorLine(chinese.Errors[0].Message, parse.Errors[0].Message, parse.CommandResult.Command));
            return 2;
        }
        try
        {
            // Help in Chinese (its headings and the built-in options'); the verbs' own descriptions are in both languages.
            if (parse.Action is HelpAction) CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        catch (Web.Accounts.AccountException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        catch (Exception e) when (e is DuckDBException or IOException or InvalidOperationException or Core.Models.ModelException
                                      or Core.Ingest.Store.StoreBusyException)
        {
            Console.Error.WriteLine($"错误 / error: {e.Message.Split('\n')[0]}");
            return 1;
        }
        catch (Exception e) when (e is not HostAbortedException) // a test host stops the program this way once it has the app
        {
            // Never a stack trace on the console; the message says what went wrong.
            Console.Error.WriteLine($"内部错误 / internal error ({e.GetType().Name}): {e.Message.Split('\n')[0]}");
            return 70;
        }
    }

    /// <summary>Every verb; <paramref name="args"/> go to the site's configuration as they are when the verb is <c>serve</c>.</summary>
    public static RootCommand Build(string[] args)
    {
        var root = new RootCommand("江城招商分析：台账导入、指标、网站与简报 / investment-promotion analytics: ledgers, metrics, site and digests")
        {
            ServeCommand.Create(args.Length > 0 && args[0] == "serve" ? args[1..] : []),
            ImportCommand.Create(),
            ImportCommand.CreateRemove(),
            StatusCommand.Create(),
            DemoCommand.Create(),
            MetricsCommands.CreateKpis(),
            MetricsCommands.CreateRankings(),
            MetricsCommands.CreateQuery(),
            SqlCommand.Create(),
            RenderCommand.Create(),
            UserCommand.Create(),
            DigestCommand.Create(),
            AuditCommand.Create(),
        };
        root.Options.Add(CliOptions.Quiet);
        foreach (var option in root.Options)
        {
            if (option is HelpOption) option.Description = "显示帮助与用法 / show help and usage";
            if (option is VersionOption) option.Description = "显示版本 / show the version";
        }
        TwoLineDescriptions(root);
        // `analytics` alone shows the verbs.
        root.SetAction(_ =>
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
            root.Parse(["--help"], Parsing).Invoke();
            return 2;
        });
        return root;
    }

    /// <summary>
    /// Descriptions are written "中文 / English"; help shows the two on lines of their own, since its wrapping counts a
    /// Chinese character as one column where a terminal gives it two.
    /// </summary>
    private static void TwoLineDescriptions(Command command)
    {
        foreach (var symbol in command.Options.Cast<Symbol>().Concat(command.Arguments).Concat(command.Subcommands).Append(command))
            if (symbol.Description is { } text && Bilingual().Match(text) is { Success: true } slash)
                symbol.Description = text[..slash.Index] + "\n" + text[(slash.Index + slash.Length)..];
        foreach (var child in command.Subcommands) TwoLineDescriptions(child);
    }

    /// <summary>The "/" between the Chinese and the English of a description.</summary>
    [GeneratedRegex(@"\s*/ (?=[A-Za-z])")]
    private static partial Regex Bilingual();

    /// <summary>Parses twice: the returned result with English messages, <paramref name="chinese"/> with System.CommandLine's Chinese ones.</summary>
    private static ParseResult ParseBilingual(RootCommand root, string[] args, out ParseResult chinese)
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
            chinese = root.Parse(args, Parsing);
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            return root.Parse(args, Parsing);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>One line: the parser's message in Chinese and English (ours are bilingual already) and where to read the usage.</summary>
    private static string ErrorLine(string chinese, string english, Command command)
    {
        var verb = command is RootCommand ? "analytics" : $"analytics {string.Join(' ', Path(command))}";
        return chinese == english
            ? $"命令行有误 / bad command line: {english} · {verb} --help"
            : $"命令行有误：{chinese.TrimEnd('。', '.')} / bad command line: {english.TrimEnd('.')} · {verb} --help";
    }

    private static IEnumerable<string> Path(Command command)
    {
        var names = new Stack<string>();
        for (Command? c = command; c is not null and not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault()) names.Push(c.Name);
        return names;
    }
}
