using System.Globalization;
using Analytics.Core.Digests;
using Analytics.Jobs;
using Analytics.Mail;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics digest</c> lists the declared digests; <c>analytics digest NAME [--as-of D] --to FILE.eml</c> writes
/// one recipient's message for preview; <c>--send</c> sends it now to every recipient that has not had it.
/// </summary>
internal static class DigestCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = Arguments.Parse(args, ["data", "as-of", "to", "recipient"], ["send"]);
        if (arguments.Help || arguments.Positional.Count > 1 || (arguments.Positional.Count == 1 && arguments.Get("to") is null && !arguments.Has("send")))
        {
            Console.WriteLine("用法 / usage: analytics digest                                   列出已声明的简报 / list the digests");
            Console.WriteLine("             analytics digest NAME [--as-of YYYY-MM-DD] --to FILE.eml [--recipient ADDR]   写出预览 / write a preview");
            Console.WriteLine("             analytics digest NAME [--as-of YYYY-MM-DD] --send        立即发送 / send now");
            Console.WriteLine("  NAME 为 仪表板/简报名，或只有一个简报的仪表板名；--as-of 默认按简报的截止日期规则取今天之前的日期。[--data DIR]");
            return arguments.Help ? 0 : 2;
        }
        try
        {
            var configuration = JobsRegistration.LoadConfiguration(arguments.Get("data"));
            var settings = JobsSettings.Read(configuration);
            var service = JobsRegistration.CreateDigestService(settings, JobsRegistration.DigestPages(settings), TimeProvider.System);
            if (arguments.Positional.Count == 0) return List(service, settings);

            var digest = service.Find(arguments.Positional[0]);
            var asOf = AsOf(arguments) ?? AsOfRule.Parse(digest.Definition.AsOfRule).Resolve(DateTimeOffset.Now, DigestService.ZoneOf(settings, digest));
            if (arguments.Get("to") is { } path)
            {
                using var message = service.Preview(digest.Key, asOf, arguments.Get("recipient"));
                DigestMessages.WriteEml(message, path);
                Console.WriteLine($"已写出 {digest.Key} 截至 {asOf:yyyy-MM-dd} 的简报（收件人 {message.To.Mailboxes.First().Address}）：{Path.GetFullPath(path)}");
                Console.WriteLine($"wrote the digest {digest.Key} as of {asOf:yyyy-MM-dd} for {message.To.Mailboxes.First().Address} to {Path.GetFullPath(path)}");
            }
            if (!arguments.Has("send")) return 0;
            var result = await service.SendNowAsync(digest.Key, asOf, retryFailed: true, CancellationToken.None);
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

    private static DateOnly? AsOf(Arguments arguments)
    {
        var text = arguments.Get("as-of");
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"无法识别的日期「{text}」，应为 YYYY-MM-DD / bad --as-of date {text}, expected YYYY-MM-DD");
    }
}
