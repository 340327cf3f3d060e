using Analytics.DuckDb;

namespace Analytics.DuckDb.Tests;

public sealed class ParameterTests
{
    private DuckDbConnection connection = null!;

    [SetUp]
    public void Open()
    {
        connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
    }

    [TearDown]
    public void Close() => connection.Dispose();

    private static readonly object[] Values =
    [
        true, (sbyte)-8, (short)-16, -32, -64L, (byte)8, (ushort)16, 32u, 64ul, Int128.MinValue + 1,
        1.5f, 2.25d, 1447.0123m, -0.0001m, "鸠江区 — a longer text value", new DateOnly(2020, 2, 29),
        new DateTime(2021, 3, 5, 8, 30, 15), new DuckDbInterval(0, 3, 4_000_000), new long[] { 1, 2, 3 }, new[] { "a", "乙" },
    ];

    [TestCaseSource(nameof(Values))]
    public void A_positional_parameter_round_trips(object value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select ?";
        command.Parameters.AddPositional(value);
        var read = command.ExecuteScalar();
        var expected = value switch
        {
            long[] longs => longs.Select(l => (long?)l).ToArray(),
            _ => value,
        };
        Assert.That(read, Is.EqualTo(expected));
    }

    [Test]
    public void Dollar_numbered_parameters_bind_by_position()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select $2 || '-' || $1";
        command.Parameters.AddPositional("a");
        command.Parameters.AddPositional("b");
        Assert.That(command.ExecuteScalar(), Is.EqualTo("b-a"));
    }

    [Test]
    public void Named_parameters_bind_by_name_with_dollar_or_at()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select $region || ':' || @amount::varchar || ':' || $region";
        command.Parameters.Add("amount", 12.5m);
        command.Parameters.Add("region", "鸠江区");
        Assert.That(command.ExecuteScalar(), Is.EqualTo("鸠江区:12.5:鸠江区"));
    }

    [Test]
    public void Null_parameters_bind_as_sql_null()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select $1 is null, $2::date is null";
        command.Parameters.AddPositional(null);
        command.Parameters.AddPositional(DBNull.Value);
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.That(reader.GetBoolean(0) && reader.GetBoolean(1), Is.True);
    }

    [Test]
    public void A_missing_parameter_is_a_clear_error()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select $region";
        var error = Assert.Throws<DuckDbException>(() => command.ExecuteScalar());
        Assert.That(error!.Message, Is.EqualTo("No value given for parameter $region."));
    }

    [Test]
    public void At_signs_inside_strings_are_left_alone()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select 'mail@region' || @region";
        command.Parameters.Add("region", "X");
        Assert.That(command.ExecuteScalar(), Is.EqualTo("mail@regionX"));
    }
}
