using System.Data;
using System.Data.Common;

namespace Analytics.DuckDb;

/// <summary>A DuckDB transaction (snapshot isolation).</summary>
public sealed class DuckDbTransaction : DbTransaction
{
    private readonly DuckDbConnection connection;
    private bool finished;

    internal DuckDbTransaction(DuckDbConnection connection, IsolationLevel isolationLevel)
    {
        this.connection = connection;
        IsolationLevel = isolationLevel == IsolationLevel.Unspecified ? IsolationLevel.Snapshot : isolationLevel;
    }

    public override IsolationLevel IsolationLevel { get; }

    protected override DbConnection DbConnection => connection;

    public override void Commit() => Finish("commit");

    public override void Rollback() => Finish("rollback");

    protected override void Dispose(bool disposing)
    {
        if (disposing && !finished && connection.State == ConnectionState.Open) Rollback();
        base.Dispose(disposing);
    }

    private void Finish(string statement)
    {
        if (finished) throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        finished = true;
        connection.Transaction = null;
        connection.Execute(statement);
    }
}
