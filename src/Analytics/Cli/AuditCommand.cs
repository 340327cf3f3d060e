using System.CommandLine;
using Analytics.Audit;

namespace Analytics.Cli;

/// <summary><c>analytics audit [--user NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--data DIR]</c>: the audit log, oldest first.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var user = new Option<string?>("--user") { Description = "只看此账号的记录 / only this account's records" };
        var from = DateOption.Create("--from", "起始日期（含）/ first day, inclusive");
        var to = DateOption.Create("--to", "截止日期（含）/ last day, inclusive");
        var data = CliOptions.Data();
        var command = new Command("audit", "查看审计日志：登录、上传、账号变更、内部文件下载 / print the audit log: logins, uploads, account changes, internal downloads")
        {
            user, from, to, data,
        };
        command.SetAction(parse =>
        {
            var log = new AuditLog(parse.DataDirectory(data));
            foreach (var entry in log.Read(parse.GetValue(user), parse.GetValue(from), parse.GetValue(to)))
                Console.WriteLine(AuditText.Line(entry));
            return 0;
        });
        return command;
    }
}
