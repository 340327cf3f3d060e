using System.CommandLine;
using System.Globalization;
using Analytics.Core.Digests;
using Analytics.Jobs;
using Analytics.Mail;
using Spectre.Console;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics digest</c> lists the declared digests; <c>analytics digest NAME [--as-of D] --to FILE.eml</c> writes
/// one recipient's message for preview; <c>--send</c> sends it now to every recipient that has not had it.
/// </summary>
internal static class DigestCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("NAME")
        {
            Description = "仪表板/简报名，或只有一个简报的仪表板名，如 weekly-briefing；省略时列出已声明的简报 / dashboard/digest, or a dashboard with one digest; none lists the digests",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asOf = DateOption.Create("--as-of", "截止日期（默认按简报的截止日期规则取今天之前的日期）/ the as-of date (default: the digest's rule applied to today)");
        var to = new Option<string?>("--to") { Description = "把一个收件人的邮件写成 .eml 文件（不发送）/ write one recipient's message to an .eml file (nothing is sent)", HelpName = "FILE.eml" };
        var recipient = new Option<string?>("--recipient") { Description = "预览哪位收件人的邮件（默认第一位）/ whose message to preview (default: the first)", HelpName = "ADDR" };
        var send = new Option<bool>("--send") { Description = "立即发送给尚未收到的收件人（并重试失败的）/ send now to every recipient that has not had it (and retry failed ones)" };
        var data = CliOptions.Data();
        var command = new Command("digest", "列出、预览或立即发送简报邮件 / list, preview or send the e-mailed digests") { name, asOf, to, recipient, send, data };
        command.Validators.Add(result =>
        {
            var named = result.GetValue(name) is not null;
            var acts = result.GetValue(to) is not null || result.GetValue(send);
            if (named && !acts) result.AddError("请指定 --to FILE.eml（预览）或 --send（发送）/ give --to FILE.eml (preview) or --send");
            if (!named && acts) result.AddError("--to 与 --send 需要简报名 NAME / --to and --send need a digest NAME");
        });
        command.SetAction((parse, cancellation) => RunAsync(parse, parse.GetValue(name), parse.GetValue(asOf), parse.GetValue(to), parse.GetValue(recipient), parse.GetValue(send),
            parse.GetValue(data), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, string? name, DateOnly? asOfGiven, string? to, string? recipient, bool send, string? data, CancellationToken cancellation)
    {
        try
        {
            var configuration = JobsRegistration.LoadConfiguration(data);
            var settings = JobsSettings.Read(configuration);
            var pages = JobsRegistration.DigestPages(settings);
            foreach (var problem in pages.Problems.Values) Console.Error.WriteLine($"警告 / warning: {problem}");
            var service = JobsRegistration.CreateDigestService(settings, pages, TimeProvider.System);
            if (name is null) return List(service, settings);

            var digest = service.Find(name);
            var zone = DigestService.ZoneOf(settings, digest);
            var asOf = asOfGiven ?? AsOfRule.Parse(digest.Definition.AsOfRule).Resolve(DateTimeOffset.Now, zone);
            if (to is not null)
            {
                using var message = service.Preview(digest.Key, asOf, recipient);
                DigestMessages.WriteEml(message, to);
                var address = message.To.Mailboxes.First().Address;
                Console.WriteLine($"已写出 {digest.Key} 截至 {asOf:yyyy-MM-dd} 的简报（收件人 {address}）：{Path.GetFullPath(to)}");
                Console.WriteLine($"wrote the digest {digest.Key} as of {asOf:yyyy-MM-dd} for {address} to {Path.GetFullPath(to)}");
            }
            if (!send) return 0;
            var result = await SendAsync(service, digest, asOf, CliOptions.ShowProgress(parse), cancellation);
            Console.WriteLine($"{digest.Key} 截至 {asOf:yyyy-MM-dd}：本次发送 {result.Sent} 封，此前已发送 {result.AlreadySent} 封，失败 {result.Failed} 封，跳过 {result.Skipped} 个收件人");
            Console.WriteLine($"{digest.Key} as of {asOf:yyyy-MM-dd}: {result}");
            return result.Failed > 0 ? 1 : 0;
        }
        catch (DigestConfigurationException e)
        {
            Console.Error.WriteLine($"配置错误 / configuration error: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is Core.Metrics.MetricsException or Core.Dashboards.DashboardException)
        {
            Console.Error.WriteLine($"错误 / error: {e.Message}");
            return 1;
        }
    }

    /// <summary>Sends the batch, with a bar of the messages accepted by the SMTP server on a terminal.</summary>
    private static Task<BatchResult> SendAsync(DigestService service, DigestDeclaration digest, DateOnly asOf, bool show, CancellationToken cancellation)
    {
        if (!show) return service.SendNowAsync(digest.Key, asOf, retryFailed: true, cancellation);
        var recipients = service.Schedule(digest).Recipients.Count;
        return Terminal.Error.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape($"发送 {digest.Key} 截至 {asOf:yyyy-MM-dd} / sending"), maxValue: Math.Max(recipients, 1));
                var result = await service.SendNowAsync(digest.Key, asOf, retryFailed: true, cancellation, new Progress<string>(_ => task.Increment(1)));
                task.Value = task.MaxValue;
                return result;
            });
    }

    private static int List(DigestService service, JobsSettings settings)
    {
        if (service.Digests.Count == 0)
        {
            Console.WriteLine("未声明任何简报 / no digests are declared");
            return 0;
        }
        foreach (var digest in service.Digests)
        {
            var schedule = service.Schedule(digest);
            var next = schedule.NextFireAfter(DateTimeOffset.Now);
            var nextText = next is { } n ? TimeZoneInfo.ConvertTime(n, schedule.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";
            var missing = settings.Recipients.Resolve(digest.Definition.Recipients, digest.Internal).MissingLists;
            Console.WriteLine($"{digest.Key}  「{digest.Page.Title}」  {digest.Definition.Cron} ({schedule.Zone.Id})  截止 {digest.Definition.AsOfRule}  下次 {nextText}  收件人 {schedule.Recipients.Count} 个"
                + (schedule.Excluded.Count > 0 ? $"（{schedule.Excluded.Count} 个非内部收件人不发送）" : "")
                + (missing.Count > 0 ? $"（未配置的名单：{string.Join("、", missing)}）" : ""));
        }
        return 0;
    }
}
