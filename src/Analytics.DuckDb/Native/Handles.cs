using System.Runtime.InteropServices;

namespace Analytics.DuckDb.Native;

/// <summary>Base of the one-SafeHandle-per-native-object family: a zero pointer is invalid, release is idempotent.</summary>
internal abstract class DuckDbHandle() : SafeHandle(IntPtr.Zero, ownsHandle: true)
{
    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        Release(ref pointer);
        SetHandle(IntPtr.Zero);
        return true;
    }

    /// <summary>Destroys the native object; the pointer is zeroed by DuckDB.</summary>
    protected abstract void Release(ref IntPtr pointer);

    internal void Adopt(IntPtr pointer) => SetHandle(pointer);
}

/// <summary><c>duckdb_database</c>.</summary>
internal sealed class DatabaseHandle : DuckDbHandle
{
    protected override void Release(ref IntPtr pointer) => NativeMethods.Close(ref pointer);
}

/// <summary><c>duckdb_connection</c>.</summary>
internal sealed class ConnectionHandle : DuckDbHandle
{
    protected override void Release(ref IntPtr pointer) => NativeMethods.Disconnect(ref pointer);
}

/// <summary><c>duckdb_extracted_statements</c>.</summary>
internal sealed class ExtractedStatementsHandle : DuckDbHandle
{
    protected override void Release(ref IntPtr pointer) => NativeMethods.DestroyExtracted(ref pointer);
}

/// <summary><c>duckdb_prepared_statement</c>.</summary>
internal sealed class PreparedStatementHandle : DuckDbHandle
{
    protected override void Release(ref IntPtr pointer) => NativeMethods.DestroyPrepare(ref pointer);
}

/// <summary><c>duckdb_pending_result</c>.</summary>
internal sealed class PendingResultHandle : DuckDbHandle
{
    protected override void Release(ref IntPtr pointer) => NativeMethods.DestroyPending(ref pointer);
}

/// <summary><c>duckdb_data_chunk</c>.</summary>
internal sealed class DataChunkHandle : DuckDbHandle
{
    protected override void Release(ref IntPtr pointer) => NativeMethods.DestroyDataChunk(ref pointer);
}

/// <summary><c>duckdb_logical_type</c>.</summary>
internal sealed class LogicalTypeHandle : DuckDbHandle
{
    protected override void Release(ref IntPtr pointer) => NativeMethods.DestroyLogicalType(ref pointer);
}

/// <summary><c>duckdb_appender</c>; destroying it also flushes and closes it.</summary>
internal sealed class AppenderHandle : DuckDbHandle
{
    protected override void Release(ref IntPtr pointer) => NativeMethods.AppenderDestroy(ref pointer);
}

/// <summary><c>duckdb_value</c>.</summary>
internal sealed class ValueHandle : DuckDbHandle
{
    protected override void Release(ref IntPtr pointer) => NativeMethods.DestroyValue(ref pointer);
}

/// <summary>A <c>duckdb_result</c> struct that lives in unmanaged memory owned by this handle.</summary>
internal sealed unsafe class ResultHandle : SafeHandle
{
    public ResultHandle() : base(IntPtr.Zero, ownsHandle: true)
    {
        SetHandle((IntPtr)NativeMemory.AllocZeroed((nuint)sizeof(DuckDbResultStruct)));
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Pointer to the struct, for the C functions that take <c>duckdb_result*</c>.</summary>
    public DuckDbResultStruct* Pointer => (DuckDbResultStruct*)handle;

    protected override bool ReleaseHandle()
    {
        NativeMethods.DestroyResult((DuckDbResultStruct*)handle);
        NativeMemory.Free((void*)handle);
        SetHandle(IntPtr.Zero);
        return true;
    }
}
