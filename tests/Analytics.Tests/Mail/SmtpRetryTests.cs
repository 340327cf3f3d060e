using Analytics.Core.Digests;
using Analytics.Core.Tests.Digests;
using Analytics.Mail;
using Analytics.Tests.Support;

namespace Analytics.Tests.Mail;

/// <summary>SMTP down, then up: every message is retried on the clock and arrives exactly once.</summary>
public sealed class SmtpRetryTests
{
    private static readonly string[] Recipients = ["a@jiangcheng.gov.cn", "b@jiangcheng.gov.cn", "c@jiangcheng.gov.cn", "d@jiangcheng.gov.cn"];

    [Test]
    public async Task Smtp_down_then_up_delivers_one_message_per_recipient_after_retries()
    {
        using var server = new SmtpServer(start: false);
        using var temp = new TempDirectory("smtp-retry-");
        var log = new FileSendLog(temp.Path);
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var mailer = new SmtpMailer(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, From = "digest@jiangcheng.gov.cn", TimeoutSeconds = 10 });
        var sender = new DigestSender(log, clock)
        {
            Retry = new RetryPolicy { MaxAttempts = 5, FirstDelay = TimeSpan.FromSeconds(30) },
            Parallelism = 2,
            MessageIdDomain = "jiangcheng.gov.cn",
        };
        var batch = new DigestBatch("weekly-briefing/weekly", "weekly-briefing", new DateOnly(2021, 11, 28), Recipients, []);

        var run = sender.SendAsync(batch, async (recipient, messageId, token) =>
        {
            using var mail = DigestMessages.Build(SampleDigest.Content(), mailer.From, new DigestRecipient(recipient), messageId, clock.GetUtcNow());
            await mailer.SendAsync(mail, token);
        }, retryFailed: false, default);

        // Pass 1 and 2 fail (connection refused); the server comes up during the second wait.
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(30));
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(30));
        server.Start();
        clock.Advance(TimeSpan.FromSeconds(60));
        var result = await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.That(result, Is.EqualTo(new BatchResult(4, 0, 0, 0)));
        var messages = server.Messages();
        Assert.That(messages.Select(m => m.EnvelopeTo).Order(), Is.EqualTo(Recipients));
        Assert.That(messages.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(4));
        var lines = await log.SendsAsync(batch.Digest, batch.AsOf, default);
        foreach (var recipient in Recipients)
        {
            var mine = lines.Where(l => l.Recipient == recipient).Select(l => (l.Status, l.Attempts)).ToList();
            Assert.That(mine, Is.EqualTo(new[]
            {
                (SendStatus.Sending, 1), (SendStatus.Retrying, 1), (SendStatus.Sending, 2), (SendStatus.Retrying, 2), (SendStatus.Sending, 3), (SendStatus.Sent, 3),
            }), recipient);
        }
        Assert.That(lines.First(l => l.Status == SendStatus.Retrying).Error, Does.Contain("refused").IgnoreCase);
    }
}
