using Analytics.Core.Digests;
using Analytics.Jobs;
using Analytics.Tests.Support;
using Npgsql;

namespace Analytics.Tests.Jobs;

/// <summary>The send log in a real PostgreSQL: created by the schema script, the same answers as the file log, a lock that one node at a time holds.</summary>
public sealed class PostgresSendLogTests
{
    private const string Digest = "weekly-briefing/weekly";
    private static readonly DateOnly AsOf = new(2024, 5, 5);
    private static readonly DateTimeOffset At = new(2024, 5, 6, 0, 0, 0, TimeSpan.Zero);

    private PostgresServer server = null!;
    private NpgsqlDataSource dataSource = null!;
    private PostgresSendLog log = null!;

    [OneTimeSetUp]
    public void StartServer()
    {
        server = new PostgresServer();
        var connection = server.CreateDatabase("sendlog");
        PostgresServer.Execute(connection, File.ReadAllText(Path.Combine(Cli.CliRun.RepositoryRoot, "sql", "quartz", "postgres.sql")));
        PostgresServer.Execute(connection, File.ReadAllText(Path.Combine(Cli.CliRun.RepositoryRoot, "sql", "quartz", "send_log.sql")));
        dataSource = NpgsqlDataSource.Create(connection);
        log = new PostgresSendLog(dataSource) { LockPoll = TimeSpan.FromMilliseconds(50) };
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        dataSource.Dispose();
        server.Dispose();
    }

    private static SendRecord Record(string recipient, SendStatus status, int attempts, DateTimeOffset at, DateOnly? asOf = null) =>
        new(Digest, "weekly-briefing", asOf ?? AsOf, recipient, $"<{recipient}>", status, attempts, at, status == SendStatus.Failed ? "550 无此用户" : null, "node-a");

    [Test]
    public async Task Records_read_back_in_order_and_problems_are_latest_states_failed_or_skipped()
    {
        const string digest = "records/test";
        await log.AppendAsync(Record("a@x.cn", SendStatus.Sending, 1, At) with { Digest = digest }, default);
        await log.AppendAsync(Record("a@x.cn", SendStatus.Failed, 1, At.AddSeconds(1)) with { Digest = digest }, default);
        await log.AppendAsync(Record("b@x.cn", SendStatus.Failed, 1, At) with { Digest = digest }, default);
        await log.AppendAsync(Record("b@x.cn", SendStatus.Sent, 2, At.AddSeconds(2)) with { Digest = digest }, default);

        var read = await log.SendsAsync(digest, AsOf, default);
        var problems = (await log.ProblemsAsync(At.AddDays(-1), 100, default)).Where(p => p.Digest == digest).ToList();

        Assert.That(read.Select(r => (r.Recipient, r.Status)), Is.EqualTo(new[]
        {
            ("a@x.cn", SendStatus.Sending), ("a@x.cn", SendStatus.Failed), ("b@x.cn", SendStatus.Failed), ("b@x.cn", SendStatus.Sent),
        }));
        Assert.That(read[1], Is.EqualTo(Record("a@x.cn", SendStatus.Failed, 1, At.AddSeconds(1)) with { Digest = digest }));
        Assert.That(problems.Select(p => (p.Recipient, p.Status, p.Error)), Is.EqualTo(new[] { ("a@x.cn", SendStatus.Failed, (string?)"550 无此用户") }));
    }

    [Test]
    public async Task The_last_handled_run_ignores_fires_and_unfinished_runs_and_survives_pruning()
    {
        const string digest = "runs/test";
        await log.AppendRunAsync(new DigestRun(digest, At.AddDays(-400), AsOf.AddDays(-400), RunOutcome.Completed, At.AddDays(-400), "sent 2", "node-a"), default);
        await log.AppendRunAsync(new DigestRun(digest, At, AsOf, RunOutcome.Fired, At, null, "node-b"), default);
        await log.AppendRunAsync(new DigestRun(digest, At, AsOf, RunOutcome.Started, At, null, "node-b"), default);
        await log.AppendAsync(Record("old@x.cn", SendStatus.Sent, 1, At.AddDays(-400), AsOf.AddDays(-400)) with { Digest = digest }, default);

        await log.PruneAsync(At.AddDays(-365), default);

        var last = await log.LastHandledRunAsync(digest, default);
        Assert.That((last!.FireTime, last.Outcome, last.Node), Is.EqualTo((At.AddDays(-400), RunOutcome.Completed, (string?)"node-a")));
        Assert.That((await log.RunsAsync(digest, default)).Select(r => r.Outcome), Is.EqualTo(new[] { RunOutcome.Completed, RunOutcome.Fired, RunOutcome.Started }));
        Assert.That(await log.SendsAsync(digest, AsOf.AddDays(-400), default), Is.Empty);
    }

    [Test]
    public async Task A_digest_s_lock_is_held_by_one_holder_and_freed_when_its_connection_ends()
    {
        var first = await log.LockAsync(Digest, default);
        var second = log.LockAsync(Digest, default);
        await Task.Delay(300);
        Assert.That(second.IsCompleted, Is.False);
        await using (await log.LockAsync("another/digest", default))
        {
            // Other digests are not held up.
        }

        await first.DisposeAsync();
        await using var held = await second.WaitAsync(TimeSpan.FromSeconds(5));

        // A holder whose session dies (its process was killed) frees the lock too.
        await using var other = await NpgsqlDataSource.Create(server.ConnectionString("sendlog")).OpenConnectionAsync();
        await using (var take = new NpgsqlCommand("select pg_try_advisory_lock(hashtextextended('analytics-digest:killed/digest', 0))", other))
            Assert.That(await take.ExecuteScalarAsync(), Is.True);
        var waiting = log.LockAsync("killed/digest", default);
        await Task.Delay(300);
        Assert.That(waiting.IsCompleted, Is.False);
        await using (var end = new NpgsqlCommand("select pg_terminate_backend(pg_backend_pid())", other))
        {
            try
            {
                await end.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException)
            {
                // The session ended under the command, as intended.
            }
        }
        await using var taken = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
