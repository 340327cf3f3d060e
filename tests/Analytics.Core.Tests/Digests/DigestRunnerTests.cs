using Analytics.Core.Digests;

namespace Analytics.Core.Tests.Digests;

/// <summary>Scheduled runs on an injected clock: repeated fires send once, missed fires are sent once or skipped, a first start owes nothing.</summary>
public sealed class DigestRunnerTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static readonly ScheduledDigest Weekly = new("weekly-briefing/weekly", "weekly-briefing", AsOfRule.LastSunday, Shanghai,
        WeeklySchedule.NextFireAfter, ["a@x.cn", "b@x.cn"], []);

    private TempDirectory temp = null!;
    private FileSendLog log = null!;
    private List<(DateOnly AsOf, string Recipient)> delivered = null!;

    [SetUp]
    public void Create()
    {
        temp = new TempDirectory("runner-");
        log = new FileSendLog(temp.Path);
        delivered = [];
    }

    [TearDown]
    public void Delete() => temp.Dispose();

    private async Task<RunReport> RunAt(DateTimeOffset now)
    {
        var runner = new DigestRunner(new DigestSender(log, new ManualClock(now)) { Parallelism = 1 });
        return await runner.RunDueAsync(Weekly, asOf => (recipient, _, _) =>
        {
            lock (delivered) delivered.Add((asOf, recipient));
            return Task.CompletedTask;
        }, default);
    }

    [Test]
    public async Task First_start_records_a_baseline_and_sends_nothing()
    {
        var report = await RunAt(WeeklySchedule.Monday(2024, 5, 8));

        Assert.That(report.Plan.Baseline, Is.True);
        Assert.That(delivered, Is.Empty);
        Assert.That((await log.LastHandledRunAsync(Weekly.Digest, default))!.Outcome, Is.EqualTo(RunOutcome.Baseline));
    }

    [Test]
    public async Task A_fire_on_Monday_08_00_sends_as_of_the_Sunday_before_and_a_second_fire_sends_nothing()
    {
        await RunAt(WeeklySchedule.Monday(2024, 5, 2));
        var first = await RunAt(WeeklySchedule.Monday(2024, 5, 6).AddMilliseconds(15));
        var again = await RunAt(WeeklySchedule.Monday(2024, 5, 6).AddSeconds(2));

        Assert.That((first.AsOf, first.Result), Is.EqualTo(((DateOnly?)new DateOnly(2024, 5, 5), (BatchResult?)new BatchResult(2, 0, 0, 0))));
        Assert.That(again.Result, Is.Null);
        Assert.That(delivered, Is.EqualTo(new[] { (new DateOnly(2024, 5, 5), "a@x.cn"), (new DateOnly(2024, 5, 5), "b@x.cn") }));
    }

    [Test]
    public async Task Back_after_three_missed_weeks_sends_once_as_of_the_latest_Sunday_and_records_two_skips()
    {
        await RunAt(WeeklySchedule.Monday(2024, 4, 15).AddMinutes(1));
        delivered.Clear();

        var report = await RunAt(WeeklySchedule.Monday(2024, 5, 8).AddHours(3));

        Assert.That(report.AsOf, Is.EqualTo(new DateOnly(2024, 5, 5)));
        Assert.That(delivered.Select(d => d.AsOf).Distinct(), Is.EqualTo(new[] { new DateOnly(2024, 5, 5) }));
        Assert.That(delivered, Has.Count.EqualTo(2));
        var skipped = (await log.ProblemsAsync(DateTimeOffset.MinValue, 10, default)).Select(p => (p.AsOf, p.Recipient, p.Status)).Order();
        Assert.That(skipped, Is.EqualTo(new[]
        {
            (new DateOnly(2024, 4, 21), "a@x.cn", SendStatus.Skipped), (new DateOnly(2024, 4, 21), "b@x.cn", SendStatus.Skipped),
            (new DateOnly(2024, 4, 28), "a@x.cn", SendStatus.Skipped), (new DateOnly(2024, 4, 28), "b@x.cn", SendStatus.Skipped),
        }));
        Assert.That((await RunAt(WeeklySchedule.Monday(2024, 5, 8).AddHours(4))).Result, Is.Null, "a restart after that owes nothing");
    }

    [Test]
    public async Task A_run_interrupted_before_it_completed_is_resumed_by_the_next_start()
    {
        await RunAt(WeeklySchedule.Monday(2024, 4, 29).AddMinutes(1));
        var fire = WeeklySchedule.Monday(2024, 5, 6);
        await log.AppendRunAsync(new DigestRun(Weekly.Digest, fire, new DateOnly(2024, 5, 5), RunOutcome.Started, fire), default);
        await log.AppendAsync(new SendRecord(Weekly.Digest, Weekly.Dashboard, new DateOnly(2024, 5, 5), "a@x.cn", "<id>", SendStatus.Sent, 1, fire), default);
        delivered.Clear();

        var report = await RunAt(fire.AddMinutes(10));

        Assert.That(report.Result, Is.EqualTo(new BatchResult(1, 1, 0, 0)));
        Assert.That(delivered, Is.EqualTo(new[] { (new DateOnly(2024, 5, 5), "b@x.cn") }));
    }
}
