using Spectre.Console;

namespace Analytics.Cli;

/// <summary>
/// The consoles of the verbs: results on standard output, progress and messages on standard error. A stream that is
/// not a terminal gets no colours, no cursor movement and no folding to the window's width.
/// </summary>
internal static class Terminal
{
    /// <summary>Standard output is a terminal (not a pipe or a file).</summary>
    public static bool OutputIsTerminal => !Console.IsOutputRedirected;

    /// <summary>Standard error is a terminal: progress is shown there.</summary>
    public static bool ErrorIsTerminal => !Console.IsErrorRedirected;

    /// <summary>The results: tables, JSON, CSV.</summary>
    public static IAnsiConsole Out { get; } = Create(Console.Out, OutputIsTerminal);

    /// <summary>Progress, warnings and errors.</summary>
    public static IAnsiConsole Error { get; } = Create(Console.Error, ErrorIsTerminal);

    private static IAnsiConsole Create(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // A table written to a file or a pipe keeps its rows whole instead of folding them to 80 columns.
        if (!terminal) console.Profile.Width = 4096;
        return console;
    }
}
