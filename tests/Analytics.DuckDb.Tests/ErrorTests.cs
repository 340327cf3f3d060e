using Analytics.DuckDb;

namespace Analytics.DuckDb.Tests;

public sealed class ErrorTests
{
    [Test]
    public void A_failed_statement_raises_duckdbs_message_and_the_connection_stays_usable()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select * from no_such_table";
        var error = Assert.Throws<DuckDbException>(() => command.ExecuteReader());
        Assert.That(error!.Message, Does.StartWith("Catalog Error: Table with name no_such_table does not exist!"));

        command.CommandText = "select 41 + 1";
        Assert.That(command.ExecuteScalar(), Is.EqualTo(42));
    }

    [Test]
    public void A_syntax_error_names_the_problem()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        var error = Assert.Throws<DuckDbException>(() => connection.Execute("selec 1"));
        Assert.That(error!.Message, Does.StartWith("Parser Error: syntax error at or near \"selec\""));
    }

    [Test]
    public void A_constraint_violation_inside_a_transaction_rolls_back_and_the_connection_recovers()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("create table p (id varchar primary key)");
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute("insert into p values ('a')");
            Assert.Throws<DuckDbException>(() => connection.Execute("insert into p values ('a')"));
        }
        connection.Execute("insert into p values ('b')");
        using var command = connection.CreateCommand();
        command.CommandText = "select string_agg(id, ',' order by id) from p";
        Assert.That(command.ExecuteScalar(), Is.EqualTo("b"));
    }

    [Test]
    public void A_runtime_error_while_streaming_surfaces_on_read()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select case when i < 100000 then i::varchar else error('boom at ' || i) end from range(200000) t(i)";
        var error = Assert.Throws<DuckDbException>(() =>
        {
            using var reader = command.ExecuteReader();
            while (reader.Read()) { }
        });
        Assert.That(error!.Message, Does.Contain("boom at"));
        command.CommandText = "select 1";
        Assert.That(command.ExecuteScalar(), Is.EqualTo(1));
    }

    [Test]
    public void Opening_a_missing_directory_names_the_path()
    {
        using var connection = new DuckDbConnection("Data Source=/nonexistent-dir/x/db.duckdb");
        var error = Assert.Throws<DuckDbException>(() => connection.Open());
        Assert.That(error!.Message, Does.Contain("/nonexistent-dir/x/db.duckdb"));
    }
}

public sealed class MisuseTests
{
    [Test]
    public void Reading_a_number_column_as_text_is_an_invalid_cast_not_a_crash()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select true as flag, 42 as n";
        using var reader = command.ExecuteReader();
        reader.Read();
        var error = Assert.Throws<InvalidCastException>(() => reader.GetString(0));
        Assert.That(error!.Message, Is.EqualTo("Cannot read a BOOLEAN value as a string."));
        Assert.Throws<InvalidCastException>(() => reader.GetFieldValue<string>(1));
    }

    [Test]
    public void Appending_a_decimal_too_wide_for_its_column_is_an_overflow_naming_the_column()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("create table t (small decimal(4,2), wide decimal(18,18))");
        using var appender = connection.CreateAppender("t");
        var first = Assert.Throws<OverflowException>(() => appender.CreateRow().Append(123.45m));
        Assert.That(first!.Message, Is.EqualTo("Column 1 of 't' is DECIMAL(4,2); 123.45 does not fit in it."));
        var second = Assert.Throws<OverflowException>(() => appender.CreateRow().Append(12.34m).Append(5m));
        Assert.That(second!.Message, Is.EqualTo("Column 2 of 't' is DECIMAL(18,18); 5 does not fit in it."));
    }
}
