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
