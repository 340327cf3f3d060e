using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Analytics.DuckDb.Native;

namespace Analytics.DuckDb;

/// <summary>
/// One or more SQL statements run on a <see cref="DuckDbConnection"/>. All but the last statement run
/// to completion; the last one's result is streamed to the data reader chunk by chunk.
/// </summary>
public sealed class DuckDbCommand : DbCommand
{
    private string commandText = "";
    private DuckDbConnection? connection;
    private readonly DuckDbParameterCollection parameters = new();

    [AllowNull]
    public override string CommandText
    {
        get => commandText;
        set => commandText = value ?? "";
    }

    public override int CommandTimeout { get; set; }

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text) throw new NotSupportedException("DuckDB commands are SQL text.");
        }
    }

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    public new DuckDbConnection? Connection
    {
        get => connection;
        set => connection = value;
    }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set => connection = (DuckDbConnection?)value;
    }

    public new DuckDbParameterCollection Parameters => parameters;

    protected override DbParameterCollection DbParameterCollection => parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel() => connection?.Interrupt();

    public override void Prepare()
    {
    }

    protected override DbParameter CreateDbParameter() => new DuckDbParameter();

    public new DuckDbParameter CreateParameter() => new();

    public override int ExecuteNonQuery()
    {
        using var reader = ExecuteReader();
        while (reader.NextResult()) { }
        return reader.RecordsAffected;
    }

    public override object? ExecuteScalar()
    {
        using var reader = ExecuteReader();
        return reader.Read() && reader.FieldCount > 0 ? reader.GetValue(0) : null;
    }

    public new DuckDbDataReader ExecuteReader() => ExecuteReader(CommandBehavior.Default);

    public new DuckDbDataReader ExecuteReader(CommandBehavior behavior) => (DuckDbDataReader)ExecuteDbDataReader(behavior);

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
    {
        var owner = connection ?? throw new InvalidOperationException("The command has no connection.");
        if (owner.State != ConnectionState.Open) throw new InvalidOperationException("The connection is not open.");
        if (owner.OpenReader is not null) throw new InvalidOperationException("The connection already has an open data reader; close it first.");
        var connectionHandle = owner.Handle.DangerousGetHandle();
        var sql = ParameterSyntax.Rewrite(commandText, parameters);

        using var extracted = new ExtractedStatementsHandle();
        var count = NativeMethods.ExtractStatements(connectionHandle, sql, out var extractedPointer);
        extracted.Adopt(extractedPointer);
        if (count == 0) throw new DuckDbException(ExtractError(extracted) ?? "The command has no SQL statement.");

        long changed = 0;
        for (ulong i = 0; i < count; i++)
        {
            var last = i == count - 1;
            using var statement = Prepare(connectionHandle, extracted, i);
            ParameterBinder.Bind(statement, parameters);
            var result = Execute(statement, streaming: last);
            if (!last)
            {
                changed += RowsChanged(result);
                result.Dispose();
                continue;
            }
            var reader = new DuckDbDataReader(owner, result, behavior, changed);
            owner.OpenReader = reader;
            return reader;
        }
        throw new InvalidOperationException("unreachable");
    }

    private static unsafe string? ExtractError(ExtractedStatementsHandle extracted) =>
        Utf8.FromBorrowed(NativeMethods.ExtractStatementsError(extracted.DangerousGetHandle()));

    private static unsafe PreparedStatementHandle Prepare(IntPtr connection, ExtractedStatementsHandle extracted, ulong index)
    {
        var state = NativeMethods.PrepareExtractedStatement(connection, extracted.DangerousGetHandle(), index, out var prepared);
        var handle = new PreparedStatementHandle();
        handle.Adopt(prepared);
        if (state == DuckDbState.Success) return handle;
        var message = Utf8.FromBorrowed(NativeMethods.PrepareError(prepared)) ?? "cannot prepare the statement";
        handle.Dispose();
        throw new DuckDbException(message);
    }

    private static unsafe ResultHandle Execute(PreparedStatementHandle statement, bool streaming)
    {
        var prepared = statement.DangerousGetHandle();
        var state = streaming
            ? NativeMethods.PendingPreparedStreaming(prepared, out var pendingPointer)
            : NativeMethods.PendingPrepared(prepared, out pendingPointer);
        using var pending = new PendingResultHandle();
        pending.Adopt(pendingPointer);
        if (state != DuckDbState.Success)
            throw new DuckDbException(Utf8.FromBorrowed(NativeMethods.PendingError(pendingPointer)) ?? "cannot execute the statement");

        var result = new ResultHandle();
        if (NativeMethods.ExecutePending(pendingPointer, result.Pointer) != DuckDbState.Success)
        {
            var message = Utf8.FromBorrowed(NativeMethods.ResultError(result.Pointer)) ?? "the statement failed";
            result.Dispose();
            throw new DuckDbException(message);
        }
        return result;
    }

    internal static unsafe long RowsChanged(ResultHandle result) =>
        NativeMethods.ResultReturnType(*result.Pointer) == DuckDbResultType.ChangedRows ? (long)NativeMethods.RowsChanged(result.Pointer) : 0;
}
