using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Analytics.DuckDb.Native;

namespace Analytics.DuckDb;

/// <summary>
/// A connection to a DuckDB database: <c>Data Source=path</c> (or <c>:memory:</c>); any other key of
/// the connection string is passed to DuckDB as a configuration option (e.g. <c>threads=2</c>,
/// <c>memory_limit=1GB</c>, <c>access_mode=READ_ONLY</c>).
/// </summary>
/// <remarks>
/// Thread model: a connection, and the commands and readers made from it, belong to one thread at a
/// time. Open one connection per thread; any number of connections may work on the same database in
/// parallel (the database itself is opened once per path and shared). While a data reader is open
/// its connection runs nothing else.
/// </remarks>
public sealed class DuckDbConnection : DbConnection
{
    private string connectionString = "";
    private DuckDbDatabase? database;
    private ConnectionHandle? handle;
    private ConnectionState state = ConnectionState.Closed;

    public DuckDbConnection()
    {
    }

    public DuckDbConnection(string connectionString) => ConnectionString = connectionString;

    [AllowNull]
    public override string ConnectionString
    {
        get => connectionString;
        set
        {
            if (state != ConnectionState.Closed) throw new InvalidOperationException("Close the connection before changing its connection string.");
            connectionString = value ?? "";
        }
    }

    public override string Database => "main";

    public override string DataSource => ParseConnectionString(connectionString).DataSource;

    public override string ServerVersion => DuckDbDatabase.LibraryVersion;

    public override ConnectionState State => state;

    /// <summary>DuckDB's library version, e.g. <c>v1.5.6</c>, without opening anything.</summary>
    public static string LibraryVersion => DuckDbDatabase.LibraryVersion;

    internal ConnectionHandle Handle => handle ?? throw new InvalidOperationException("The connection is not open.");

    internal DuckDbDataReader? OpenReader { get; set; }

    internal DuckDbTransaction? Transaction { get; set; }

    public override void Open()
    {
        if (state == ConnectionState.Open) throw new InvalidOperationException("The connection is already open.");
        var (dataSource, options) = ParseConnectionString(connectionString);
        var shared = DuckDbDatabase.Acquire(dataSource, options);
        if (NativeMethods.Connect(shared.Handle.DangerousGetHandle(), out var native) != DuckDbState.Success)
        {
            shared.Release();
            throw new DuckDbException($"Cannot connect to DuckDB database '{dataSource}'.");
        }
        handle = new ConnectionHandle();
        handle.Adopt(native);
        database = shared;
        state = ConnectionState.Open;
    }

    public override void Close()
    {
        if (state == ConnectionState.Closed) return;
        OpenReader?.Dispose();
        if (Transaction is { } transaction)
        {
            try { transaction.Rollback(); }
            catch (DuckDbException) { /* the transaction is gone with the connection anyway */ }
        }
        handle?.Dispose();
        handle = null;
        database?.Release();
        database = null;
        state = ConnectionState.Closed;
    }

    public override void ChangeDatabase(string databaseName) =>
        throw new NotSupportedException("A DuckDB connection has one database; use ATTACH for more.");

    public new DuckDbCommand CreateCommand() => new() { Connection = this };

    protected override DbCommand CreateDbCommand() => CreateCommand();

    public new DuckDbTransaction BeginTransaction() => (DuckDbTransaction)BeginDbTransaction(IsolationLevel.Unspecified);

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel)
    {
        if (Transaction is not null) throw new InvalidOperationException("A transaction is already open on this connection.");
        if (isolationLevel is not (IsolationLevel.Unspecified or IsolationLevel.Snapshot or IsolationLevel.Serializable))
            throw new NotSupportedException($"DuckDB runs transactions at snapshot isolation, not {isolationLevel}.");
        Execute("begin transaction");
        Transaction = new DuckDbTransaction(this, isolationLevel);
        return Transaction;
    }

    /// <summary>Creates an appender that bulk-inserts rows into <paramref name="table"/>.</summary>
    public DuckDbAppender CreateAppender(string table, string? schema = null) => new(this, schema, table);

    /// <summary>Runs one or more statements and discards any result.</summary>
    public void Execute(string sql)
    {
        using var command = CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Interrupts the statement running on this connection, from another thread.</summary>
    public void Interrupt()
    {
        if (handle is { IsInvalid: false } h) NativeMethods.Interrupt(h.DangerousGetHandle());
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Close();
        base.Dispose(disposing);
    }

    internal static (string DataSource, Dictionary<string, string> Options) ParseConnectionString(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        string dataSource = ":memory:";
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string key in builder.Keys)
        {
            var value = builder[key]?.ToString() ?? "";
            if (key.Equals("data source", StringComparison.OrdinalIgnoreCase) || key.Equals("datasource", StringComparison.OrdinalIgnoreCase))
                dataSource = value;
            else
                options[key.Replace(' ', '_')] = value;
        }
        return (dataSource, options);
    }
}
