using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Analytics.DuckDb.Native;

namespace Analytics.DuckDb;

/// <summary>
/// Bulk-inserts rows into one table: values are written straight into a DuckDB data chunk's vectors
/// and each full chunk (2,048 rows) is handed to DuckDB's appender. Nothing is allocated per value.
/// Rows are visible to others once the appender is flushed or disposed.
/// </summary>
/// <example><code>
/// using var appender = connection.CreateAppender("projects");
/// appender.CreateRow().Append("P-001").Append(12.5m).Append(new DateOnly(2021, 3, 5)).EndRow();
/// </code></example>
public sealed unsafe class DuckDbAppender : IDisposable
{
    private readonly string table;
    private readonly AppenderHandle appender;
    private readonly DataChunkHandle chunk;
    private readonly ColumnType[] columns;
    private readonly byte*[] data;
    private readonly ulong*[] validity;
    private readonly IntPtr[] vectorHandles;
    private readonly ulong capacity;
    private byte[] textBuffer = new byte[256];
    private ulong rowInChunk;
    private int column;
    private bool disposed;

    internal DuckDbAppender(DuckDbConnection connection, string? schema, string table)
    {
        this.table = table;
        var state = NativeMethods.AppenderCreate(connection.Handle.DangerousGetHandle(), schema, table, out var pointer);
        appender = new AppenderHandle();
        appender.Adopt(pointer);
        if (state != DuckDbState.Success)
        {
            var message = Utf8.FromBorrowed(NativeMethods.AppenderError(pointer)) ?? "cannot create the appender";
            appender.Dispose();
            throw new DuckDbException($"Cannot append to '{table}': {message}");
        }

        var count = (int)NativeMethods.AppenderColumnCount(pointer);
        columns = new ColumnType[count];
        var types = new IntPtr[count];
        try
        {
            for (var i = 0; i < count; i++)
            {
                types[i] = NativeMethods.AppenderColumnType(pointer, (ulong)i);
                columns[i] = ColumnType.From(NativeMethods.AppenderColumnType(pointer, (ulong)i));
            }
            fixed (IntPtr* typePointers = types)
            {
                chunk = new DataChunkHandle();
                chunk.Adopt(NativeMethods.CreateDataChunk(typePointers, (ulong)count));
            }
        }
        finally
        {
            for (var i = 0; i < count; i++)
                if (types[i] != IntPtr.Zero) NativeMethods.DestroyLogicalType(ref types[i]);
        }
        capacity = NativeMethods.VectorSize();
        data = new byte*[count];
        validity = new ulong*[count];
        vectorHandles = new IntPtr[count];
        BindVectors();
    }

    /// <summary>Number of columns of the target table.</summary>
    public int ColumnCount => columns.Length;

    /// <summary>Starts a row; append one value per column in order, then call <see cref="DuckDbAppenderRow.EndRow"/>.</summary>
    public DuckDbAppenderRow CreateRow()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        column = 0;
        return new DuckDbAppenderRow(this);
    }

    /// <summary>Hands the rows appended so far to DuckDB.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        FlushChunk();
        Check(NativeMethods.AppenderFlush(appender.DangerousGetHandle()));
    }

    /// <summary>Flushes the complete rows and closes the appender; a row begun but not ended is dropped.</summary>
    public void Close()
    {
        if (disposed) return;
        try
        {
            column = 0;
            FlushChunk();
            Check(NativeMethods.AppenderClose(appender.DangerousGetHandle()));
        }
        finally
        {
            disposed = true;
            chunk.Dispose();
            appender.Dispose();
        }
    }

    /// <summary>Same as <see cref="Close"/>.</summary>
    public void Dispose() => Close();

    internal void EndRow()
    {
        if (column != columns.Length) ThrowIncompleteRow();
        column = 0;
        if (++rowInChunk == capacity) FlushChunk();
    }

    internal void AppendNull()
    {
        var c = Next();
        if (validity[c] == null)
        {
            NativeMethods.VectorEnsureValidityWritable(vectorHandles[c]);
            validity[c] = NativeMethods.VectorGetValidity(vectorHandles[c]);
        }
        validity[c][rowInChunk >> 6] &= ~(1UL << (int)(rowInChunk & 63));
    }

    internal void Append(long value)
    {
        var c = Next();
        var target = data[c];
        var row = rowInChunk;
        switch (columns[c].Id)
        {
            case DuckDbType.BigInt: ((long*)target)[row] = value; break;
            case DuckDbType.Integer: ((int*)target)[row] = checked((int)value); break;
            case DuckDbType.SmallInt: ((short*)target)[row] = checked((short)value); break;
            case DuckDbType.TinyInt: ((sbyte*)target)[row] = checked((sbyte)value); break;
            case DuckDbType.UBigInt: ((ulong*)target)[row] = checked((ulong)value); break;
            case DuckDbType.UInteger: ((uint*)target)[row] = checked((uint)value); break;
            case DuckDbType.USmallInt: ((ushort*)target)[row] = checked((ushort)value); break;
            case DuckDbType.UTinyInt: ((byte*)target)[row] = checked((byte)value); break;
            case DuckDbType.HugeInt: ((Int128*)target)[row] = value; break;
            case DuckDbType.Double: ((double*)target)[row] = value; break;
            case DuckDbType.Float: ((float*)target)[row] = value; break;
            case DuckDbType.Decimal: WriteDecimal(c, row, (decimal)value); break;
            case DuckDbType.Boolean: ((byte*)target)[row] = value != 0 ? (byte)1 : (byte)0; break;
            default: throw Mismatch(c, "an integer");
        }
    }

    internal void Append(double value)
    {
        var c = Next();
        switch (columns[c].Id)
        {
            case DuckDbType.Double: ((double*)data[c])[rowInChunk] = value; break;
            case DuckDbType.Float: ((float*)data[c])[rowInChunk] = (float)value; break;
            case DuckDbType.Decimal: WriteDecimal(c, rowInChunk, (decimal)value); break;
            default: throw Mismatch(c, "a double");
        }
    }

    internal void Append(decimal value)
    {
        var c = Next();
        switch (columns[c].Id)
        {
            case DuckDbType.Decimal: WriteDecimal(c, rowInChunk, value); break;
            case DuckDbType.Double: ((double*)data[c])[rowInChunk] = (double)value; break;
            case DuckDbType.Float: ((float*)data[c])[rowInChunk] = (float)value; break;
            default: throw Mismatch(c, "a decimal");
        }
    }

    internal void Append(bool value)
    {
        var c = Next();
        if (columns[c].Id != DuckDbType.Boolean) throw Mismatch(c, "a boolean");
        data[c][rowInChunk] = value ? (byte)1 : (byte)0;
    }

    internal void Append(DateOnly value)
    {
        var c = Next();
        switch (columns[c].Id)
        {
            case DuckDbType.Date: ((int*)data[c])[rowInChunk] = Temporal.ToDays(value); break;
            case DuckDbType.Timestamp: ((long*)data[c])[rowInChunk] = Temporal.ToMicros(value.ToDateTime(TimeOnly.MinValue)); break;
            default: throw Mismatch(c, "a date");
        }
    }

    internal void Append(DateTime value)
    {
        var c = Next();
        switch (columns[c].Id)
        {
            case DuckDbType.Timestamp: ((long*)data[c])[rowInChunk] = Temporal.ToMicros(value); break;
            case DuckDbType.Date: ((int*)data[c])[rowInChunk] = Temporal.ToDays(DateOnly.FromDateTime(value)); break;
            default: throw Mismatch(c, "a timestamp");
        }
    }

    internal void Append(ReadOnlySpan<char> text)
    {
        var c = Next();
        if (columns[c].Id is not (DuckDbType.Varchar or DuckDbType.Blob)) throw Mismatch(c, "text");
        // Short text (most codes, regions, statuses) is encoded straight into the vector, without a call
        // into DuckDB; what .NET encodes is valid UTF-8, so DuckDB's UTF-8 check has nothing to reject.
        if (Utf8.TryInline(text, (DuckDbStringT*)data[c] + rowInChunk)) return;
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (needed > textBuffer.Length) textBuffer = new byte[Math.Max(needed, textBuffer.Length * 2)];
        var length = Encoding.UTF8.GetBytes(text, textBuffer);
        fixed (byte* bytes = textBuffer)
            NativeMethods.VectorAssignStringElementLen(vectorHandles[c], rowInChunk, bytes, (ulong)length);
    }

    internal void AppendUtf8(ReadOnlySpan<byte> text)
    {
        var c = Next();
        if (columns[c].Id is not (DuckDbType.Varchar or DuckDbType.Blob)) throw Mismatch(c, "text");
        fixed (byte* bytes = text)
            NativeMethods.VectorAssignStringElementLen(vectorHandles[c], rowInChunk, bytes, (ulong)text.Length);
    }

    // Next and EndRow run per value and per row: their throws live in helpers so that they inline.
    private int Next()
    {
        if (column >= columns.Length) ThrowTooManyValues();
        return column++;
    }

    [DoesNotReturn]
    private void ThrowTooManyValues() =>
        throw new InvalidOperationException($"Too many values in a row for '{table}': it has {columns.Length} column(s).");

    [DoesNotReturn]
    private void ThrowIncompleteRow() =>
        throw new InvalidOperationException($"Row {rowInChunk} for '{table}' has {column} value(s); the table has {columns.Length} column(s).");

    private void WriteDecimal(int c, ulong row, decimal value)
    {
        var type = columns[c];
        if (type.Storage == DuckDbType.BigInt && TryScaleToInt64(value, type.Scale, out var small))
        {
            if ((ulong)Math.Abs(small) >= PowersOfTen[type.Width]) throw DecimalOverflow(c, value);
            ((long*)data[c])[row] = small;
            return;
        }
        var scaled = decimal.Round(value, type.Scale, MidpointRounding.AwayFromZero);
        Int128 raw = ScaleToInteger(scaled, type.Scale);
        if (Int128.Abs(raw) >= WidePowersOfTen[type.Width]) throw DecimalOverflow(c, value);
        switch (type.Storage)
        {
            case DuckDbType.SmallInt: ((short*)data[c])[row] = checked((short)raw); break;
            case DuckDbType.Integer: ((int*)data[c])[row] = checked((int)raw); break;
            case DuckDbType.BigInt: ((long*)data[c])[row] = checked((long)raw); break;
            default: ((Int128*)data[c])[row] = raw; break;
        }
    }

    /// <summary>
    /// The common case of <see cref="WriteDecimal"/> (DECIMAL(10..18, s), a value with at most s
    /// decimals whose scaled magnitude fits in 63 bits) in one 64-bit multiplication; false for
    /// anything else, which then takes the general Int128 path.
    /// </summary>
    private static bool TryScaleToInt64(decimal value, byte scale, out long raw)
    {
        raw = 0;
        var valueScale = value.Scale;
        if (valueScale > scale || scale - valueScale >= PowersOfTen.Length) return false;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0) return false;
        var magnitude = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (Math.BigMul(magnitude, PowersOfTen[scale - valueScale], out var scaled) != 0 || scaled > long.MaxValue) return false;
        raw = bits[3] < 0 ? -(long)scaled : (long)scaled;
        return true;
    }

    private OverflowException DecimalOverflow(int c, decimal value) =>
        new($"Column {c + 1} of '{table}' is {columns[c].Name}; {value} does not fit in it.");

    private static readonly Int128[] WidePowersOfTen = [.. Enumerable.Range(0, 39).Select(n => Enumerable.Repeat((Int128)10, n).Aggregate((Int128)1, (a, b) => a * b))];

    private static readonly ulong[] PowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
    ];

    private static Int128 ScaleToInteger(decimal value, byte scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var valueScale = (bits[3] >> 16) & 0xFF;
        Int128 magnitude = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        for (var s = valueScale; s < scale; s++) magnitude *= 10;
        for (var s = valueScale; s > scale; s--) magnitude /= 10;
        return bits[3] < 0 ? -magnitude : magnitude;
    }

    private void FlushChunk()
    {
        if (column != 0) throw new InvalidOperationException($"A row for '{table}' was started but not ended.");
        if (rowInChunk == 0) return;
        var chunkPointer = chunk.DangerousGetHandle();
        NativeMethods.DataChunkSetSize(chunkPointer, rowInChunk);
        Check(NativeMethods.AppendDataChunk(appender.DangerousGetHandle(), chunkPointer));
        NativeMethods.DataChunkReset(chunkPointer);
        rowInChunk = 0;
        BindVectors();
    }

    private void BindVectors()
    {
        var chunkPointer = chunk.DangerousGetHandle();
        for (var i = 0; i < columns.Length; i++)
        {
            vectorHandles[i] = NativeMethods.DataChunkGetVector(chunkPointer, (ulong)i);
            data[i] = (byte*)NativeMethods.VectorGetData(vectorHandles[i]);
            validity[i] = null;
        }
    }

    private void Check(DuckDbState state)
    {
        if (state == DuckDbState.Success) return;
        var message = Utf8.FromBorrowed(NativeMethods.AppenderError(appender.DangerousGetHandle())) ?? "append failed";
        throw new DuckDbException($"Cannot append to '{table}': {message}");
    }

    private InvalidCastException Mismatch(int c, string what) =>
        new($"Column {c + 1} of '{table}' is {columns[c].Name}; cannot append {what} to it.");
}
