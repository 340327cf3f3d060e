using System.Collections.Concurrent;
using Analytics.Core.Digests;

namespace Analytics.Core.Tests.Digests;

/// <summary>Batches go out once per recipient; failures are retried on the clock and recorded; a batch cut short resumes.</summary>
public sealed class DigestSenderTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 6, 0, 0, 0, TimeSpan.Zero);
    private static readonly DigestBatch Batch = new("weekly-briefing/weekly", "weekly-briefing", new DateOnly(2024, 5, 5),
        ["a@x.cn", "b@x.cn", "c@x.cn"], [new ExcludedRecipient("outsider@y.cn", "not internal")]);

    private TempDirectory temp = null!;
    private FileSendLog log = null!;
    private ManualClock clock = null!;
    private ConcurrentQueue<(string Recipient, string MessageId)> delivered = null!;

    [SetUp]
    public void Create()
    {
        temp = new TempDirectory("sender-");
        log = new FileSendLog(temp.Path);
        clock = new ManualClock(Start);
        delivered = new ConcurrentQueue<(string, string)>();
    }

    [TearDown]
    public void Delete() => temp.Dispose();

    private DigestSender Sender(int maxAttempts = 3) => new(log, clock)
    {
        Retry = new RetryPolicy { MaxAttempts = maxAttempts, FirstDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromMinutes(5) },
        MessageIdDomain = "jiangcheng.gov.cn",
        Node = "test",
    };

    private Task Deliver(string recipient, string messageId, CancellationToken _)
    {
        delivered.Enqueue((recipient, messageId));
        return Task.CompletedTask;
    }

    private async Task<IReadOnlyList<(string, SendStatus, int)>> Lines(string recipient) =>
        (await log.SendsAsync(Batch.Digest, Batch.AsOf, default)).Where(r => r.Recipient == recipient).Select(r => (r.Recipient, r.Status, r.Attempts)).ToList();

    [Test]
    public async Task Each_recipient_gets_one_message_and_a_second_run_sends_nothing()
    {
        var first = await Sender().SendAsync(Batch, Deliver, retryFailed: false, default);
        var second = await Sender().SendAsync(Batch, Deliver, retryFailed: false, default);

        Assert.That(first, Is.EqualTo(new BatchResult(3, 0, 0, 1)));
        Assert.That(second, Is.EqualTo(new BatchResult(0, 3, 0, 1)));
        Assert.That(delivered.Select(d => d.Recipient).Order(), Is.EqualTo(new[] { "a@x.cn", "b@x.cn", "c@x.cn" }));
        Assert.That(delivered.Single(d => d.Recipient == "a@x.cn").MessageId, Is.EqualTo(MessageIds.For(Batch.Digest, Batch.AsOf, "a@x.cn", "jiangcheng.gov.cn")));
        Assert.That(await Lines("a@x.cn"), Is.EqualTo(new[] { ("a@x.cn", SendStatus.Sending, 1), ("a@x.cn", SendStatus.Sent, 1) }));
        Assert.That(await Lines("outsider@y.cn"), Is.EqualTo(new[] { ("outsider@y.cn", SendStatus.Skipped, 0) }), "skipped once, not on every run");
    }

    [Test]
    public async Task A_transient_failure_waits_the_backoff_on_the_clock_then_succeeds()
    {
        var failuresLeft = 2;
        Task Flaky(string recipient, string id, CancellationToken token) =>
            recipient == "b@x.cn" && Interlocked.Decrement(ref failuresLeft) >= 0
                ? throw new DigestSendException("421 service not available", permanent: false)
                : Deliver(recipient, id, token);

        var run = Sender().SendAsync(Batch, Flaky, retryFailed: false, default);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.That(clock.PendingTimers, Is.EqualTo(1), "waiting 30 s on the clock before the second attempt");
        clock.Advance(TimeSpan.FromSeconds(1));
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.That(clock.PendingTimers, Is.EqualTo(1), "the second wait is 60 s: still waiting after 59");
        clock.Advance(TimeSpan.FromSeconds(1));
        var result = await run.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(result, Is.EqualTo(new BatchResult(3, 0, 0, 1)));
        Assert.That(await Lines("b@x.cn"), Is.EqualTo(new[]
        {
            ("b@x.cn", SendStatus.Sending, 1), ("b@x.cn", SendStatus.Retrying, 1),
            ("b@x.cn", SendStatus.Sending, 2), ("b@x.cn", SendStatus.Retrying, 2),
            ("b@x.cn", SendStatus.Sending, 3), ("b@x.cn", SendStatus.Sent, 3),
        }));
        Assert.That(delivered.Count(d => d.Recipient == "b@x.cn"), Is.EqualTo(1));
    }

    [Test]
    public async Task After_the_last_attempt_the_send_is_failed_and_listed_as_a_problem()
    {
        Task Down(string recipient, string id, CancellationToken token) =>
            recipient == "c@x.cn" ? throw new DigestSendException("connection refused", permanent: false) : Deliver(recipient, id, token);

        var run = Sender(maxAttempts: 2).SendAsync(Batch, Down, retryFailed: false, default);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        clock.Advance(TimeSpan.FromSeconds(30));
        var result = await run.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(result, Is.EqualTo(new BatchResult(2, 0, 1, 1)));
        var problems = await log.ProblemsAsync(Start.AddDays(-1), 10, default);
        Assert.That(problems.Select(p => (p.Recipient, p.Status, p.Attempts, p.Error)), Is.EquivalentTo(new[]
        {
            ("c@x.cn", SendStatus.Failed, 2, (string?)"connection refused"),
            ("outsider@y.cn", SendStatus.Skipped, 0, (string?)"not internal"),
        }));
        Assert.That((await Sender().SendAsync(Batch, Deliver, retryFailed: false, default)).Failed, Is.EqualTo(1), "a scheduled run leaves it failed");
        Assert.That((await Sender().SendAsync(Batch, Deliver, retryFailed: true, default)).Sent, Is.EqualTo(1), "a manual send tries it again");
        Assert.That((await Lines("c@x.cn")).Last(), Is.EqualTo(("c@x.cn", SendStatus.Sent, 3)));
    }

    [Test]
    public async Task A_permanent_failure_is_not_retried()
    {
        Task Rejected(string recipient, string id, CancellationToken token) =>
            recipient == "a@x.cn" ? throw new DigestSendException("550 mailbox unavailable", permanent: true) : Deliver(recipient, id, token);

        var result = await Sender().SendAsync(Batch, Rejected, retryFailed: false, default);

        Assert.That(result, Is.EqualTo(new BatchResult(2, 0, 1, 1)));
        Assert.That(await Lines("a@x.cn"), Is.EqualTo(new[] { ("a@x.cn", SendStatus.Sending, 1), ("a@x.cn", SendStatus.Failed, 1) }));
        Assert.That(clock.PendingTimers, Is.EqualTo(0));
    }

    [Test]
    public async Task A_batch_cut_short_resumes_without_repeating_what_was_sent()
    {
        // A process sent a@x.cn and died while sending b@x.cn; c@x.cn was never tried.
        string Id(string r) => MessageIds.For(Batch.Digest, Batch.AsOf, r, "jiangcheng.gov.cn");
        await log.AppendAsync(new SendRecord(Batch.Digest, Batch.Dashboard, Batch.AsOf, "a@x.cn", Id("a@x.cn"), SendStatus.Sending, 1, Start, null, "dead"), default);
        await log.AppendAsync(new SendRecord(Batch.Digest, Batch.Dashboard, Batch.AsOf, "a@x.cn", Id("a@x.cn"), SendStatus.Sent, 1, Start, null, "dead"), default);
        await log.AppendAsync(new SendRecord(Batch.Digest, Batch.Dashboard, Batch.AsOf, "b@x.cn", Id("b@x.cn"), SendStatus.Sending, 1, Start, null, "dead"), default);

        var result = await Sender().SendAsync(Batch, Deliver, retryFailed: false, default);

        Assert.That(result, Is.EqualTo(new BatchResult(2, 1, 0, 1)));
        Assert.That(delivered.Select(d => d.Recipient).Order(), Is.EqualTo(new[] { "b@x.cn", "c@x.cn" }));
        Assert.That(delivered.Single(d => d.Recipient == "b@x.cn").MessageId, Is.EqualTo(Id("b@x.cn")), "the same Message-ID as the lost attempt");
        Assert.That((await Lines("b@x.cn")).Last(), Is.EqualTo(("b@x.cn", SendStatus.Sent, 2)));
    }
}
