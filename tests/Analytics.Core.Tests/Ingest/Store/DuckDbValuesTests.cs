using Analytics.Core.Ingest.Store;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Core.Tests.Ingest.Store;

/// <summary>What the product relies on from DuckDB.NET, and the one place that turns its cells into plain values.</summary>
public sealed class DuckDbValuesTests
{
    private DuckDBConnection connection = null!;

    [SetUp]
    public void Open()
    {
        connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
    }

    [TearDown]
    public void Close() => connection.Dispose();

    [Test]
    public void A_sum_of_integers_arrives_as_hugeint_and_becomes_a_long()
    {
        var cells = Row("select sum(x) as total, count(*)::integer as n from (values (2), (3), (40)) t(x)");
        Assert.That(cells[0], Is.TypeOf<System.Numerics.BigInteger>(), "DuckDB.NET gives HUGEINT as BigInteger");
        Assert.That(DuckDbValues.Plain(cells[0]), Is.EqualTo(45L).And.TypeOf<long>());
        Assert.That(DuckDbValues.Plain(cells[1]), Is.EqualTo(3L).And.TypeOf<long>());
    }

    [Test]
    public void A_hugeint_beyond_a_long_becomes_a_decimal()
    {
        var cells = Row("select 9223372036854775807::hugeint * 10");
        Assert.That(DuckDbValues.Plain(cells[0]), Is.EqualTo(92233720368547758070m).And.TypeOf<decimal>());
    }

    [Test]
    public void A_decimal_loses_its_trailing_zeros()
    {
        var cells = Row("select 12.5000::decimal(18,4), 3::decimal(18,6)");
        Assert.That(DuckDbValues.Plain(cells[0]).ToString(), Is.EqualTo("12.5"));
        Assert.That(DuckDbValues.Plain(cells[1]).ToString(), Is.EqualTo("3"));
    }

    [Test]
    public void Dates_come_back_as_date_only_and_bind_as_dollar_parameters()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select $day + interval 1 day as next, $region as region";
        command.Parameters.Add(new DuckDBParameter("day", new DateOnly(2021, 11, 30)));
        command.Parameters.Add(new DuckDBParameter("region", "鸠江区"));
        using var reader = command.ExecuteReader();
        Assert.That(reader.Read(), Is.True);
        Assert.That(reader.GetFieldValue<DateTime>(0), Is.EqualTo(new DateTime(2021, 12, 1)));
        Assert.That(reader.GetString(1), Is.EqualTo("鸠江区"));
    }

    [Test]
    public void A_list_parameter_filters_rows()
    {
        connection.Execute("create table files(name varchar); insert into files values ('a.xlsx'), ('b.csv'), ('c.csv')");
        using var command = connection.CreateCommand();
        command.CommandText = "select count(*) from files where list_contains($names, name)";
        command.Parameters.Add(new DuckDBParameter("names", new[] { "a.xlsx", "c.csv" }));
        Assert.That(DuckDbValues.Plain(command.ExecuteScalar()!), Is.EqualTo(2L));
    }

    [Test]
    public void A_streamed_result_reads_every_row()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select i from range(100000) t(i)";
        command.UseStreamingMode = true;
        using var reader = command.ExecuteReader();
        long rows = 0, sum = 0;
        while (reader.Read()) { rows++; sum += reader.GetInt64(0); }
        Assert.That((rows, sum), Is.EqualTo((100000L, 4999950000L)));
    }

    private object[] Row(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.That(reader.Read(), Is.True);
        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        return values;
    }
}
