using Analytics.Core.Digests;
using Npgsql;
using NpgsqlTypes;

namespace Analytics.Jobs;

/// <summary>
/// The send log in the cluster's PostgreSQL (tables <c>analytics_digest_sends</c> and <c>analytics_digest_runs</c>),
/// so that a node taking over a dead node's digest sees what it sent. A digest's lock is a session-level
/// advisory lock held on its own connection: PostgreSQL releases it when that connection ends, as it does
/// when the holder's process dies.
/// </summary>
public sealed class PostgresSendLog(NpgsqlDataSource dataSource) : ISendLog
{
    /// <summary>Creates the two tables and their indexes when missing: <c>sql/quartz/send_log.sql</c>, built into the executable.</summary>
    public static string Schema { get; } = ReadSchema();

    /// <summary>How often a waiting <see cref="LockAsync"/> tries again.</summary>
    public TimeSpan LockPoll { get; init; } = TimeSpan.FromMilliseconds(200);

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Schema);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IAsyncDisposable> LockAsync(string digest, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            while (true)
            {
                await using (var command = new NpgsqlCommand("select pg_try_advisory_lock(hashtextextended($1, 0))", connection))
                {
                    command.Parameters.AddWithValue(LockName(digest));
                    if (await command.ExecuteScalarAsync(cancellationToken) is true) return new AdvisoryLock(connection, LockName(digest));
                }
                await Task.Delay(LockPoll, cancellationToken);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<IReadOnlyList<SendRecord>> SendsAsync(string digest, DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "select digest, dashboard, as_of, recipient, message_id, status, attempts, at, error, node from analytics_digest_sends where digest = $1 and as_of = $2 order by id");
        command.Parameters.AddWithValue(digest);
        command.Parameters.AddWithValue(asOf);
        return await ReadSends(command, cancellationToken);
    }

    public async Task AppendAsync(SendRecord record, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "insert into analytics_digest_sends (digest, dashboard, as_of, recipient, message_id, status, attempts, at, error, node) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)");
        command.Parameters.AddWithValue(record.Digest);
        command.Parameters.AddWithValue(record.Dashboard);
        command.Parameters.AddWithValue(record.AsOf);
        command.Parameters.AddWithValue(record.Recipient);
        command.Parameters.AddWithValue(record.MessageId);
        command.Parameters.AddWithValue(Word(record.Status));
        command.Parameters.AddWithValue(record.Attempts);
        command.Parameters.AddWithValue(record.At.ToUniversalTime());
        command.Parameters.Add(Text(record.Error));
        command.Parameters.Add(Text(record.Node));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AppendRunAsync(DigestRun run, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "insert into analytics_digest_runs (digest, fire_time, as_of, outcome, at, note, node) values ($1, $2, $3, $4, $5, $6, $7)");
        command.Parameters.AddWithValue(run.Digest);
        command.Parameters.AddWithValue(run.FireTime.ToUniversalTime());
        command.Parameters.AddWithValue(run.AsOf);
        command.Parameters.AddWithValue(Word(run.Outcome));
        command.Parameters.AddWithValue(run.At.ToUniversalTime());
        command.Parameters.Add(Text(run.Note));
        command.Parameters.Add(Text(run.Node));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DigestRun?> LastHandledRunAsync(string digest, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "select digest, fire_time, as_of, outcome, at, note, node from analytics_digest_runs where digest = $1 and outcome in ('baseline', 'completed', 'skipped') order by fire_time desc, id desc limit 1");
        command.Parameters.AddWithValue(digest);
        return (await ReadRuns(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<DigestRun>> RunsAsync(string digest, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select digest, fire_time, as_of, outcome, at, note, node from analytics_digest_runs where digest = $1 order by id");
        command.Parameters.AddWithValue(digest);
        return await ReadRuns(command, cancellationToken);
    }

    public async Task<IReadOnlyList<SendRecord>> ProblemsAsync(DateTimeOffset since, int max, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select * from (
              select distinct on (digest, as_of, recipient) digest, dashboard, as_of, recipient, message_id, status, attempts, at, error, node
              from analytics_digest_sends order by digest, as_of, recipient, id desc) latest
            where status in ('failed', 'skipped') and at >= $1 order by at desc limit $2
            """);
        command.Parameters.AddWithValue(since.ToUniversalTime());
        command.Parameters.AddWithValue(max);
        return await ReadSends(command, cancellationToken);
    }

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            with sends as (delete from analytics_digest_sends where at < $1 returning 1),
            keep as (
              select distinct on (digest) id from analytics_digest_runs
              where outcome in ('baseline', 'completed', 'skipped') order by digest, fire_time desc, id desc),
            runs as (delete from analytics_digest_runs where at < $1 and id not in (select id from keep) returning 1)
            select (select count(*) from sends) + (select count(*) from runs)
            """);
        command.Parameters.AddWithValue(before.ToUniversalTime());
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    private static async Task<IReadOnlyList<SendRecord>> ReadSends(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var records = new List<SendRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            records.Add(new SendRecord(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetString(3), reader.GetString(4),
                Enum.Parse<SendStatus>(reader.GetString(5), ignoreCase: true), reader.GetInt32(6), reader.GetFieldValue<DateTimeOffset>(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9)));
        return records;
    }

    private static async Task<IReadOnlyList<DigestRun>> ReadRuns(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var runs = new List<DigestRun>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            runs.Add(new DigestRun(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateOnly>(2),
                Enum.Parse<RunOutcome>(reader.GetString(3), ignoreCase: true), reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        return runs;
    }

    private static string ReadSchema()
    {
        using var stream = typeof(PostgresSendLog).Assembly.GetManifestResourceStream("Analytics.sql.quartz.send_log.sql")
            ?? throw new InvalidOperationException("send_log.sql is not built into the executable");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Word<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    private static string LockName(string digest) => "analytics-digest:" + digest;

    private sealed class AdvisoryLock(NpgsqlConnection connection, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("select pg_advisory_unlock(hashtextextended($1, 0))", connection);
                command.Parameters.AddWithValue(name);
                await command.ExecuteScalarAsync();
            }
            finally
            {
                // Closing the session releases the lock in any case.
                await connection.DisposeAsync();
            }
        }
    }
}
