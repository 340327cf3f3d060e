using System.Globalization;
using Analytics.Audit;

namespace Analytics.Cli;

/// <summary><c>analytics audit [--user NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--data DIR]</c>: the audit log, oldest first.</summary>
internal static class AuditCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var arguments = Arguments.Parse(args, ["data", "user", "from", "to"], []);
        if (arguments.Help || arguments.Positional.Count > 0)
        {
            Console.WriteLine("用法 / usage: analytics audit [--user NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--data DIR]");
            return Task.FromResult(arguments.Help ? 0 : 2);
        }
        var log = new AuditLog(arguments.DataDirectory);
        foreach (var entry in log.Read(arguments.Get("user"), Date(arguments, "from"), Date(arguments, "to")))
            Console.WriteLine(AuditText.Line(entry));
        return Task.FromResult(0);
    }

    private static DateOnly? Date(Arguments arguments, string name) => arguments.Get(name) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"--{name} 应为 YYYY-MM-DD，发现「{text}」 / --{name} must be YYYY-MM-DD, found \"{text}\"");
}
