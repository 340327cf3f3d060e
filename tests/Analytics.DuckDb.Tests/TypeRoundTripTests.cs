using Analytics.DuckDb;

namespace Analytics.DuckDb.Tests;

public sealed class TypeRoundTripTests
{
    private DuckDbConnection connection = null!;

    [SetUp]
    public void Open()
    {
        connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("""
            create table t (
                b boolean, i8 tinyint, i16 smallint, i32 integer, i64 bigint,
                u8 utinyint, u16 usmallint, u32 uinteger, u64 ubigint, h hugeint,
                f float, d double, dec decimal(18,4), dec38 decimal(38,10), dec4 decimal(4,1),
                s varchar, dt date, ts timestamp, iv interval, li bigint[], ls varchar[]);
            insert into t values (
                true, -8, -16, -32, -64, 8, 16, 32, 64, 170141183460469231731687303715884105727,
                1.5, 2.25, 1447.0123, -12345678901234567.8901234567, -99.9,
                '省外资金：年产20万辆新能源整车项目', '2021-11-30', '2021-03-05 08:30:15.123456', interval '1 month 2 days 3 seconds',
                [1, null, 3], ['鸠江区', null, 'a string longer than twelve bytes']);
            insert into t select * from (select null) cross join (select null) cross join (select null) cross join (select null) cross join (select null)
                cross join (select null) cross join (select null) cross join (select null) cross join (select null) cross join (select null)
                cross join (select null) cross join (select null) cross join (select null) cross join (select null) cross join (select null)
                cross join (select null) cross join (select null) cross join (select null) cross join (select null) cross join (select null)
                cross join (select null);
            """);
    }

    [TearDown]
    public void Close() => connection.Dispose();

    [Test]
    public void Every_supported_type_reads_back_as_its_dotnet_value()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select * from t where b";
        using var reader = command.ExecuteReader();
        Assert.That(reader.Read(), Is.True);

        Assert.Multiple(() =>
        {
            Assert.That(reader.GetValue(0), Is.EqualTo(true));
            Assert.That(reader.GetValue(1), Is.EqualTo((sbyte)-8));
            Assert.That(reader.GetValue(2), Is.EqualTo((short)-16));
            Assert.That(reader.GetValue(3), Is.EqualTo(-32));
            Assert.That(reader.GetValue(4), Is.EqualTo(-64L));
            Assert.That(reader.GetValue(5), Is.EqualTo((byte)8));
            Assert.That(reader.GetValue(6), Is.EqualTo((ushort)16));
            Assert.That(reader.GetValue(7), Is.EqualTo(32u));
            Assert.That(reader.GetValue(8), Is.EqualTo(64ul));
            Assert.That(reader.GetValue(9), Is.EqualTo(Int128.MaxValue));
            Assert.That(reader.GetValue(10), Is.EqualTo(1.5f));
            Assert.That(reader.GetValue(11), Is.EqualTo(2.25d));
            Assert.That(reader.GetValue(12), Is.EqualTo(1447.0123m));
            Assert.That(reader.GetValue(13), Is.EqualTo(-12345678901234567.8901234567m));
            Assert.That(reader.GetValue(14), Is.EqualTo(-99.9m));
            Assert.That(reader.GetString(15), Is.EqualTo("省外资金：年产20万辆新能源整车项目"));
            Assert.That(reader.GetValue(16), Is.EqualTo(new DateOnly(2021, 11, 30)));
            Assert.That(reader.GetDateTime(17), Is.EqualTo(new DateTime(2021, 3, 5, 8, 30, 15).AddTicks(1234560)));
            Assert.That(reader.GetValue(18), Is.EqualTo(new DuckDbInterval(1, 2, 3_000_000)));
            Assert.That(reader.GetValue(19), Is.EqualTo(new long?[] { 1, null, 3 }));
            Assert.That(reader.GetValue(20), Is.EqualTo(new[] { "鸠江区", null, "a string longer than twelve bytes" }));
        });
    }

    [Test]
    public void Field_types_and_type_names_describe_the_columns()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select dec, s, dt, li from t";
        using var reader = command.ExecuteReader();
        Assert.Multiple(() =>
        {
            Assert.That(reader.GetFieldType(0), Is.EqualTo(typeof(decimal)));
            Assert.That(reader.GetDataTypeName(0), Is.EqualTo("DECIMAL(18,4)"));
            Assert.That(reader.GetFieldType(1), Is.EqualTo(typeof(string)));
            Assert.That(reader.GetFieldType(2), Is.EqualTo(typeof(DateOnly)));
            Assert.That(reader.GetFieldType(3), Is.EqualTo(typeof(long?[])));
            Assert.That(reader.GetName(3), Is.EqualTo("li"));
        });
    }

    [Test]
    public void Null_reads_as_DBNull_in_every_column()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select * from t where b is null";
        using var reader = command.ExecuteReader();
        Assert.That(reader.Read(), Is.True);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            Assert.That(reader.IsDBNull(i), Is.True, reader.GetName(i));
            Assert.That(reader.GetValue(i), Is.EqualTo(DBNull.Value), reader.GetName(i));
        }
        Assert.That(reader.Read(), Is.False);
    }

    [Test]
    public void Typed_getters_convert_within_range_and_reject_null()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select i32, dec, dt, (select i32 from t where b is null) as n from t where b";
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.Multiple(() =>
        {
            Assert.That(reader.GetInt64(0), Is.EqualTo(-32L));
            Assert.That(reader.GetDouble(1), Is.EqualTo(1447.0123d).Within(1e-9));
            Assert.That(reader.GetFieldValue<DateOnly>(2), Is.EqualTo(new DateOnly(2021, 11, 30)));
            Assert.That(reader.GetDateTime(2), Is.EqualTo(new DateTime(2021, 11, 30)));
            Assert.That(reader.GetFieldValue<int?>(3), Is.Null);
            Assert.Throws<InvalidCastException>(() => reader.GetInt32(3));
        });
    }

    [Test]
    public void Strings_inline_and_pointer_and_empty_round_trip()
    {
        string[] values = ["", "a", "exactly12byt", "thirteen byte", "鸠江区", "高端装备制造产业链重点项目年产五十万台套", new string('长', 5000)];
        using var command = connection.CreateCommand();
        command.CommandText = "select unnest($1) as s";
        command.Parameters.AddPositional(values);
        using var reader = command.ExecuteReader();
        var read = new List<string>();
        while (reader.Read()) read.Add(reader.GetString(0));
        Assert.That(read, Is.EqualTo(values));
    }

    [Test]
    public void An_unsupported_type_names_the_type_and_the_column()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select {'a': 1} as pair";
        using var reader = command.ExecuteReader();
        reader.Read();
        var error = Assert.Throws<NotSupportedException>(() => reader.GetValue(0));
        Assert.That(error!.Message, Does.Contain("'pair'").And.Contain("STRUCT"));
    }
}
