using System.Diagnostics;
using Analytics.Core.Digests;

namespace Analytics.Core.Tests.Digests;

/// <summary>The send log in files: records read back, the latest state wins, the lock holds across processes.</summary>
public sealed class FileSendLogTests
{
    private const string Digest = "weekly-briefing/weekly";
    private static readonly DateOnly AsOf = new(2024, 5, 5);
    private static readonly DateTimeOffset At = new(2024, 5, 6, 0, 0, 0, TimeSpan.Zero);

    private TempDirectory temp = null!;
    private FileSendLog log = null!;

    [SetUp]
    public void Create()
    {
        temp = new TempDirectory("sendlog-");
        log = new FileSendLog(temp.Path);
    }

    [TearDown]
    public void Delete() => temp.Dispose();

    private static SendRecord Record(string recipient, SendStatus status, int attempts, DateTimeOffset at, DateOnly? asOf = null) =>
        new(Digest, "weekly-briefing", asOf ?? AsOf, recipient, "<id@x>", status, attempts, at, status == SendStatus.Failed ? "550 no such user" : null, "test");

    [Test]
    public async Task Records_read_back_for_their_digest_and_as_of_date_in_order()
    {
        await log.AppendAsync(Record("a@x.cn", SendStatus.Sending, 1, At), default);
        await log.AppendAsync(Record("a@x.cn", SendStatus.Sent, 1, At.AddSeconds(1)), default);
        await log.AppendAsync(Record("b@x.cn", SendStatus.Sent, 1, At, new DateOnly(2024, 4, 28)), default);

        var read = await log.SendsAsync(Digest, AsOf, default);

        Assert.That(read.Select(r => (r.Recipient, r.Status, r.Attempts)), Is.EqualTo(new[] { ("a@x.cn", SendStatus.Sending, 1), ("a@x.cn", SendStatus.Sent, 1) }));
        Assert.That(read[1], Is.EqualTo(Record("a@x.cn", SendStatus.Sent, 1, At.AddSeconds(1))));
        Assert.That(File.ReadAllText(Path.Combine(temp.Path, "weekly-briefing~weekly.sends.jsonl")), Does.Contain("\"status\":\"sent\""));
    }

    [Test]
    public async Task A_line_cut_short_by_a_crash_is_skipped()
    {
        await log.AppendAsync(Record("a@x.cn", SendStatus.Sent, 1, At), default);
        File.AppendAllText(Path.Combine(temp.Path, "weekly-briefing~weekly.sends.jsonl"), "{\"digest\":\"weekly-brie");

        Assert.That((await log.SendsAsync(Digest, AsOf, default)).Count, Is.EqualTo(1));
    }

    [Test]
    public async Task Problems_are_sends_whose_latest_state_is_failed_or_skipped_newest_first()
    {
        await log.AppendAsync(Record("a@x.cn", SendStatus.Failed, 5, At), default);
        await log.AppendAsync(Record("b@x.cn", SendStatus.Retrying, 1, At), default);
        await log.AppendAsync(Record("b@x.cn", SendStatus.Sent, 2, At.AddMinutes(1)), default);
        await log.AppendAsync(Record("c@x.cn", SendStatus.Skipped, 0, At.AddMinutes(2)), default);
        await log.AppendAsync(Record("d@x.cn", SendStatus.Failed, 1, At.AddMinutes(3)), default);
        await log.AppendAsync(Record("d@x.cn", SendStatus.Sent, 2, At.AddMinutes(4)), default);

        var problems = await log.ProblemsAsync(At.AddDays(-1), 10, default);

        Assert.That(problems.Select(p => (p.Recipient, p.Status)), Is.EqualTo(new[] { ("c@x.cn", SendStatus.Skipped), ("a@x.cn", SendStatus.Failed) }));
    }

    [Test]
    public async Task The_last_handled_run_is_the_latest_fire_that_needs_nothing_more()
    {
        await log.AppendRunAsync(new DigestRun(Digest, At.AddDays(-7), AsOf.AddDays(-7), RunOutcome.Completed, At.AddDays(-7)), default);
        await log.AppendRunAsync(new DigestRun(Digest, At, AsOf, RunOutcome.Started, At), default);

        var last = await log.LastHandledRunAsync(Digest, default);

        Assert.That(last!.FireTime, Is.EqualTo(At.AddDays(-7)));
        Assert.That(await log.LastHandledRunAsync("other/digest", default), Is.Null);
    }

    [Test]
    public async Task Pruning_drops_old_records_but_keeps_the_last_handled_run()
    {
        await log.AppendAsync(Record("a@x.cn", SendStatus.Sent, 1, At.AddDays(-400), AsOf.AddDays(-400)), default);
        await log.AppendAsync(Record("a@x.cn", SendStatus.Sent, 1, At), default);
        await log.AppendRunAsync(new DigestRun(Digest, At.AddDays(-400), AsOf.AddDays(-400), RunOutcome.Completed, At.AddDays(-400)), default);

        var removed = await log.PruneAsync(At.AddDays(-365), default);

        Assert.That(removed, Is.EqualTo(1));
        Assert.That((await log.SendsAsync(Digest, AsOf.AddDays(-400), default)).Count, Is.EqualTo(0));
        Assert.That((await log.SendsAsync(Digest, AsOf, default)).Count, Is.EqualTo(1));
        Assert.That((await log.LastHandledRunAsync(Digest, default))!.FireTime, Is.EqualTo(At.AddDays(-400)));
    }

    [Test]
    public async Task A_second_holder_in_this_process_waits_for_the_lock()
    {
        var first = await log.LockAsync(Digest, default);
        var second = log.LockAsync(Digest, default);
        await Task.Delay(300);
        Assert.That(second.IsCompleted, Is.False);

        await first.DisposeAsync();
        await using var held = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(second.IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public async Task The_lock_excludes_another_process_and_is_released_when_that_process_dies()
    {
        await using (await log.LockAsync(Digest, default))
        {
            // flock(1) takes the same kind of lock as the log (flock(2)); -n gives up at once.
            Assert.That(Run("flock", "-n", Path.Combine(temp.Path, "weekly-briefing~weekly.lock"), "true"), Is.EqualTo(1));
        }
        Assert.That(Run("flock", "-n", Path.Combine(temp.Path, "weekly-briefing~weekly.lock"), "true"), Is.EqualTo(0));

        using var holder = Process.Start("flock", [Path.Combine(temp.Path, "weekly-briefing~weekly.lock"), "sleep", "30"]);
        await Task.Delay(300);
        var waiting = log.LockAsync(Digest, default);
        await Task.Delay(300);
        Assert.That(waiting.IsCompleted, Is.False, "the other process holds the lock");
        holder.Kill(entireProcessTree: true);
        await using var held = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static int Run(string file, params string[] args)
    {
        using var process = Process.Start(file, args);
        process.WaitForExit();
        return process.ExitCode;
    }
}
