namespace Analytics.Cli;

/// <summary>The product's verbs: <c>analytics VERB [options]</c>.</summary>
internal static class CommandLine
{
    private static readonly Verb[] Verbs =
    [
        new("serve", "启动网站与定时任务 / start the web site", ServeCommand.RunAsync),
        new("import", "导入台账文件 / import ledger files", ImportCommand.RunAsync),
        new("remove", "移除一个已导入的台账文件 / drop an imported ledger file", ImportCommand.RemoveAsync),
        new("demo", "生成并导入示例台账 / write and import the demo ledgers", DemoCommand.RunAsync),
        new("kpis", "主要指标（含同比、目标进度）/ headline figures", MetricsCommands.KpisAsync),
        new("rankings", "按地区、产业链、资金来源排名 / rankings", MetricsCommands.RankingsAsync),
        new("query", "读取一个模型 / read a model", MetricsCommands.QueryAsync),
        new("sql", "对当前数据版本执行只读 SQL / read-only SQL on the current data", SqlCommand.RunAsync),
        new("user", "添加、列出或删除登录账号 / add, list or remove accounts", UserCommand.RunAsync),
        new("status", "数据版本、文件与导入记录 / data version, files and load history", StatusCommand.RunAsync),
        new("digest", "预览或立即发送简报邮件 / preview or send a digest", DigestCommand.RunAsync),
        new("audit", "查看审计日志 / print the audit log", AuditCommand.RunAsync),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            PrintHelp(Console.Out);
            return args.Length == 0 ? 1 : 0;
        }
        // Options without a verb start the site (`analytics --urls http://0.0.0.0:8080`); test hosts start it this way too.
        if (args[0].StartsWith("--", StringComparison.Ordinal)) args = ["serve", .. args];
        var verb = Verbs.FirstOrDefault(v => v.Name == args[0]);
        if (verb is null)
        {
            Console.Error.WriteLine($"未知命令 / unknown verb: {args[0]}");
            PrintHelp(Console.Error);
            return 2;
        }
        try
        {
            return await verb.Run(args[1..]);
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
        catch (Exception e) when (e is DuckDb.DuckDbException or IOException or InvalidOperationException or Core.Models.ModelException
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

    private static void PrintHelp(TextWriter output)
    {
        output.WriteLine("用法 / usage: analytics <verb> [options]");
        output.WriteLine();
        foreach (var verb in Verbs) output.WriteLine($"  {verb.Name,-10} {verb.Summary}");
        output.WriteLine();
        output.WriteLine("analytics <verb> --help shows a verb's options.");
    }

    private sealed record Verb(string Name, string Summary, Func<string[], Task<int>> Run);
}

/// <summary>A bad command line: printed as one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
