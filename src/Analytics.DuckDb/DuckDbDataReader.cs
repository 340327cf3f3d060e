using System.Collections;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Analytics.DuckDb.Native;

namespace Analytics.DuckDb;

/// <summary>
/// Reads a result forward through DuckDB's data-chunk API: one chunk (up to 2,048 rows) at a time,
/// values read straight from the vectors.
/// </summary>
public sealed class DuckDbDataReader : DbDataReader
{
    private readonly DuckDbConnection connection;
    private readonly CommandBehavior behavior;
    private readonly ResultHandle result;
    private readonly string[] names;
    private readonly VectorView[] vectors;
    private readonly int recordsAffected;
    private readonly bool hasRows;
    private DataChunkHandle? chunk;
    private ulong chunkSize;
    private ulong row;
    private bool started;
    private bool closed;

    internal unsafe DuckDbDataReader(DuckDbConnection connection, ResultHandle result, CommandBehavior behavior, long changedBefore)
    {
        this.connection = connection;
        this.result = result;
        this.behavior = behavior;
        var returnType = NativeMethods.ResultReturnType(*result.Pointer);
        recordsAffected = returnType == DuckDbResultType.QueryResult ? -1 : (int)(changedBefore + DuckDbCommand.RowsChanged(result));
        var count = returnType == DuckDbResultType.QueryResult ? (int)NativeMethods.ColumnCount(result.Pointer) : 0;
        names = new string[count];
        vectors = new VectorView[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = Utf8.FromBorrowed(NativeMethods.ColumnName(result.Pointer, (ulong)i)) ?? "";
            vectors[i] = new VectorView(ColumnType.From(NativeMethods.ColumnLogicalType(result.Pointer, (ulong)i)));
        }
        hasRows = count > 0 && FetchChunk();
    }

    public override int FieldCount => names.Length;

    public override bool HasRows => hasRows;

    public override bool IsClosed => closed;

    public override int RecordsAffected => recordsAffected;

    public override int Depth => 0;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read()
    {
        if (closed || chunk is null) return false;
        if (!started)
        {
            started = true;
            return true;
        }
        if (++row < chunkSize) return true;
        return FetchChunk();
    }

    public override bool NextResult() => false;

    public override string GetName(int ordinal) => names[ordinal];

    public override int GetOrdinal(string name)
    {
        for (var i = 0; i < names.Length; i++)
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        throw new IndexOutOfRangeException($"No column named '{name}'.");
    }

    public override string GetDataTypeName(int ordinal) => vectors[ordinal].Type.Name;

    public override Type GetFieldType(int ordinal) => vectors[ordinal].Type.ClrType;

    public override bool IsDBNull(int ordinal) => Current(ordinal).IsNull(row);

    public override object GetValue(int ordinal)
    {
        var vector = Current(ordinal);
        return vector.IsNull(row) ? DBNull.Value : vector.GetValue(row);
    }

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, names.Length);
        for (var i = 0; i < count; i++) values[i] = GetValue(i);
        return count;
    }

    public override bool GetBoolean(int ordinal) => NotNull(ordinal).Type.Id == DuckDbType.Boolean
        ? NotNull(ordinal).Raw<byte>(row) != 0
        : GetInt64(ordinal) != 0;

    public override byte GetByte(int ordinal) => checked((byte)GetInt64(ordinal));

    public override short GetInt16(int ordinal) => checked((short)GetInt64(ordinal));

    public override int GetInt32(int ordinal) => checked((int)GetInt64(ordinal));

    public override long GetInt64(int ordinal) => NotNull(ordinal).GetInt64(row);

    public override float GetFloat(int ordinal) => (float)GetDouble(ordinal);

    public override double GetDouble(int ordinal) => NotNull(ordinal).GetDouble(row);

    public override decimal GetDecimal(int ordinal) => NotNull(ordinal).GetDecimal(row);

    public override string GetString(int ordinal) => NotNull(ordinal).GetString(row);

    public override char GetChar(int ordinal) => GetString(ordinal)[0];

    public override DateTime GetDateTime(int ordinal) => NotNull(ordinal).GetDateTime(row);

    public override Guid GetGuid(int ordinal) => (Guid)NotNull(ordinal).GetValue(row);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length)
    {
        var bytes = NotNull(ordinal).GetBytes(row);
        if (buffer is null) return bytes.Length;
        var count = Math.Max(0, Math.Min(length, bytes.Length - (int)dataOffset));
        Array.Copy(bytes, dataOffset, buffer, bufferOffset, count);
        return count;
    }

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var text = GetString(ordinal);
        if (buffer is null) return text.Length;
        var count = Math.Max(0, Math.Min(length, text.Length - (int)dataOffset));
        text.CopyTo((int)dataOffset, buffer, bufferOffset, count);
        return count;
    }

    public override T GetFieldValue<T>(int ordinal)
    {
        var vector = Current(ordinal);
        if (vector.IsNull(row))
        {
            if (default(T) is null) return default!;
            throw new InvalidCastException($"Column '{names[ordinal]}' is NULL in this row; read it as a nullable type.");
        }
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        object value = target switch
        {
            _ when target == typeof(DateOnly) => vector.GetDate(row),
            _ when target == typeof(DateTime) => vector.GetDateTime(row),
            _ when target == typeof(TimeSpan) => ((DuckDbInterval)vector.GetValue(row)).ToTimeSpan(),
            _ when target == typeof(decimal) => vector.GetDecimal(row),
            _ when target == typeof(double) => vector.GetDouble(row),
            _ when target == typeof(long) => vector.GetInt64(row),
            _ when target == typeof(int) => checked((int)vector.GetInt64(row)),
            _ when target == typeof(string) => vector.GetString(row),
            _ when target.IsArray => ConvertArray((Array)vector.GetValue(row), target),
            _ => vector.GetValue(row),
        };
        return (T)value;
    }

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    public override void Close()
    {
        if (closed) return;
        closed = true;
        chunk?.Dispose();
        chunk = null;
        result.Dispose();
        connection.OpenReader = null;
        if ((behavior & CommandBehavior.CloseConnection) != 0) connection.Close();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Close();
        base.Dispose(disposing);
    }

    private static Array ConvertArray(Array source, Type target)
    {
        var element = target.GetElementType()!;
        if (source.GetType() == target) return source;
        var array = Array.CreateInstance(element, source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var value = source.GetValue(i) ?? throw new InvalidCastException($"The list holds a NULL; read it as {element.Name}?[].");
            array.SetValue(value, i);
        }
        return array;
    }

    // Current and NotNull run on every value read: they stay small enough to inline, and the throws live elsewhere.
    private VectorView Current(int ordinal)
    {
        if (!started || chunk is null) ThrowNoCurrentRow();
        var vector = vectors[ordinal];
        if (!vector.IsSupported) ThrowUnsupported(ordinal);
        return vector;
    }

    private VectorView NotNull(int ordinal)
    {
        var vector = Current(ordinal);
        if (vector.IsNull(row)) ThrowNull(ordinal);
        return vector;
    }

    [DoesNotReturn]
    private static void ThrowNoCurrentRow() => throw new InvalidOperationException("No current row: call Read() first.");

    [DoesNotReturn]
    private void ThrowUnsupported(int ordinal) =>
        throw new NotSupportedException($"Column '{names[ordinal]}' has type {vectors[ordinal].Type.Name}, which this provider does not read.");

    [DoesNotReturn]
    private void ThrowNull(int ordinal) => throw new InvalidCastException($"Column '{names[ordinal]}' is NULL in this row.");

    private unsafe bool FetchChunk()
    {
        chunk?.Dispose();
        chunk = null;
        while (true)
        {
            var next = NativeMethods.FetchChunk(*result.Pointer);
            if (next == IntPtr.Zero)
            {
                var error = Utf8.FromBorrowed(NativeMethods.ResultError(result.Pointer));
                if (error is not null) throw new DuckDbException(error);
                return false;
            }
            var handle = new DataChunkHandle();
            handle.Adopt(next);
            var size = NativeMethods.DataChunkGetSize(next);
            if (size == 0)
            {
                handle.Dispose();
                continue;
            }
            chunk = handle;
            chunkSize = size;
            row = 0;
            for (var i = 0; i < vectors.Length; i++)
                vectors[i].Bind(NativeMethods.DataChunkGetVector(next, (ulong)i));
            return true;
        }
    }
}
