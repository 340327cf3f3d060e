using System.Runtime.InteropServices;

namespace Analytics.DuckDb.Native;

/// <summary>Mirror of DuckDB's C API: binding values to prepared statement parameters (1-based).</summary>
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_bind_parameter_index", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState BindParameterIndex(IntPtr prepared, out ulong index, string name);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_boolean")]
    internal static partial DuckDbState BindBoolean(IntPtr prepared, ulong index, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int8")]
    internal static partial DuckDbState BindInt8(IntPtr prepared, ulong index, sbyte value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int16")]
    internal static partial DuckDbState BindInt16(IntPtr prepared, ulong index, short value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int32")]
    internal static partial DuckDbState BindInt32(IntPtr prepared, ulong index, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int64")]
    internal static partial DuckDbState BindInt64(IntPtr prepared, ulong index, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint8")]
    internal static partial DuckDbState BindUInt8(IntPtr prepared, ulong index, byte value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint16")]
    internal static partial DuckDbState BindUInt16(IntPtr prepared, ulong index, ushort value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint32")]
    internal static partial DuckDbState BindUInt32(IntPtr prepared, ulong index, uint value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint64")]
    internal static partial DuckDbState BindUInt64(IntPtr prepared, ulong index, ulong value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_hugeint")]
    internal static partial DuckDbState BindHugeInt(IntPtr prepared, ulong index, DuckDbHugeIntStruct value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uhugeint")]
    internal static partial DuckDbState BindUHugeInt(IntPtr prepared, ulong index, DuckDbUHugeIntStruct value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_decimal")]
    internal static partial DuckDbState BindDecimal(IntPtr prepared, ulong index, DuckDbDecimalStruct value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_float")]
    internal static partial DuckDbState BindFloat(IntPtr prepared, ulong index, float value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_double")]
    internal static partial DuckDbState BindDouble(IntPtr prepared, ulong index, double value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_date")]
    internal static partial DuckDbState BindDate(IntPtr prepared, ulong index, int days);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_timestamp")]
    internal static partial DuckDbState BindTimestamp(IntPtr prepared, ulong index, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_interval")]
    internal static partial DuckDbState BindInterval(IntPtr prepared, ulong index, DuckDbIntervalStruct value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_varchar_length")]
    internal static partial DuckDbState BindVarcharLength(IntPtr prepared, ulong index, byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_blob")]
    internal static partial DuckDbState BindBlob(IntPtr prepared, ulong index, byte* data, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_null")]
    internal static partial DuckDbState BindNull(IntPtr prepared, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_value")]
    internal static partial DuckDbState BindValue(IntPtr prepared, ulong index, IntPtr value);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_value")]
    internal static partial void DestroyValue(ref IntPtr value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_varchar_length")]
    internal static partial IntPtr CreateVarcharLength(byte* text, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_create_int64")]
    internal static partial IntPtr CreateInt64(long value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_int32")]
    internal static partial IntPtr CreateInt32(int value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_double")]
    internal static partial IntPtr CreateDouble(double value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_bool")]
    internal static partial IntPtr CreateBool([MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_date")]
    internal static partial IntPtr CreateDate(int days);

    [LibraryImport(Library, EntryPoint = "duckdb_create_list_value")]
    internal static partial IntPtr CreateListValue(IntPtr logicalType, IntPtr* values, ulong count);
}
