using System.Diagnostics;
using Analytics.DuckDb;

namespace Analytics.DuckDb.Tests;

public sealed class VolumeTests
{
    [Test]
    public void A_million_rows_read_back_with_the_right_count_and_sums()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select i, i * 0.5 as half, 'p-' || i as label from range(1000000) t(i)";
        using var reader = command.ExecuteReader();
        long count = 0, sum = 0, labelLength = 0;
        double halves = 0;
        while (reader.Read())
        {
            count++;
            sum += reader.GetInt64(0);
            halves += (double)reader.GetDecimal(1);
            labelLength += reader.GetString(2).Length;
        }
        Assert.Multiple(() =>
        {
            Assert.That(count, Is.EqualTo(1_000_000));
            Assert.That(sum, Is.EqualTo(499_999_500_000L));
            Assert.That(halves, Is.EqualTo(249_999_750_000d));
            // "p-" + digits: 10·1 + 90·2 + 900·3 + 9000·4 + 90000·5 + 900000·6 digits, plus 2 per row
            Assert.That(labelLength, Is.EqualTo(5_888_890L + 2_000_000L));
        });
    }

    [Test]
    public void Appending_a_million_rows_gives_the_right_aggregates()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("create table projects (id varchar, region varchar, investment decimal(18,4), signed_on date, started_on date, n bigint, rate double)");
        string[] regions = ["鸠江区", "江北新区", "高新区", "经开区", "临江县", "青山县", "东湖区"];
        using (var appender = connection.CreateAppender("projects"))
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                appender.CreateRow()
                    .Append("JC-" + i)
                    .Append(regions[i % 7])
                    .Append(i % 1000 / 10m)
                    .Append(new DateOnly(2021, 1, 1).AddDays(i % 365))
                    .Append(i % 3 == 0 ? null : new DateOnly(2021, 6, 1))
                    .Append(i)
                    .Append(0.25)
                    .EndRow();
            }
        }
        using var command = connection.CreateCommand();
        command.CommandText = """
            select count(*), count(distinct id), sum(investment), count(started_on), sum(n),
                   sum(rate), count(*) filter (where region = '鸠江区'), max(signed_on)
            from projects
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.Multiple(() =>
        {
            Assert.That(reader.GetInt64(0), Is.EqualTo(1_000_000));
            Assert.That(reader.GetInt64(1), Is.EqualTo(1_000_000));
            Assert.That(reader.GetDecimal(2), Is.EqualTo(49_950_000m));
            Assert.That(reader.GetInt64(3), Is.EqualTo(666_666));
            Assert.That(reader.GetDecimal(4), Is.EqualTo(499_999_500_000m));
            Assert.That(reader.GetDouble(5), Is.EqualTo(250_000d));
            Assert.That(reader.GetInt64(6), Is.EqualTo(142_858));
            Assert.That(reader.GetValue(7), Is.EqualTo(new DateOnly(2021, 12, 31)));
        });
    }

    [Test]
    public void An_appender_rejects_a_value_of_the_wrong_type_naming_the_column()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("create table t (id varchar, d date)");
        using var appender = connection.CreateAppender("t");
        var error = Assert.Throws<InvalidCastException>(() => appender.CreateRow().Append("a").Append(1.5));
        Assert.That(error!.Message, Is.EqualTo("Column 2 of 't' is DATE; cannot append a double to it."));
    }

    [Test]
    public void Eight_threads_query_one_database_in_parallel()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parallel-{Guid.NewGuid():N}.duckdb");
        try
        {
            using (var setup = new DuckDbConnection($"Data Source={path}"))
            {
                setup.Open();
                setup.Execute("create table n as select i from range(200000) t(i)");
                var results = new long[8];
                Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
                {
                    using var connection = new DuckDbConnection($"Data Source={path}");
                    connection.Open();
                    for (var round = 0; round < 20; round++)
                    {
                        using var command = connection.CreateCommand();
                        command.CommandText = "select sum(i) from n where i % 8 = $t";
                        command.Parameters.Add("t", t);
                        using var reader = command.ExecuteReader();
                        reader.Read();
                        results[t] = reader.GetInt64(0);
                    }
                });
                // sum of i ≡ t (mod 8) for i < 200000: 25000 terms t, t+8, …
                Assert.That(results, Is.EqualTo(Enumerable.Range(0, 8).Select(t => 25000L * t + 8L * 24999 * 25000 / 2).ToArray()));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Opening_and_closing_ten_thousand_times_keeps_memory_stable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"openclose-{Guid.NewGuid():N}.duckdb");
        try
        {
            using var keeper = new DuckDbConnection($"Data Source={path}");
            keeper.Open();
            keeper.Execute("create table t as select 1 as x");
            void Cycle(int times)
            {
                for (var i = 0; i < times; i++)
                {
                    using var connection = new DuckDbConnection($"Data Source={path}");
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "select x from t";
                    command.ExecuteScalar();
                }
            }
            Cycle(1000);
            var before = ResidentBytes();
            Cycle(10_000);
            var growth = ResidentBytes() - before;
            Assert.That(growth, Is.LessThan(20L << 20), $"resident memory grew by {growth >> 20} MiB over 10,000 open/close cycles");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Disposing_twice_is_harmless()
    {
        var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        var command = connection.CreateCommand();
        command.CommandText = "select 1";
        var reader = command.ExecuteReader();
        reader.Dispose();
        reader.Dispose();
        connection.Dispose();
        connection.Dispose();
        Assert.That(connection.State, Is.EqualTo(System.Data.ConnectionState.Closed));
    }

    private static long ResidentBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }
}
