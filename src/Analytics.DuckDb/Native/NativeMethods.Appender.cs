using System.Runtime.InteropServices;

namespace Analytics.DuckDb.Native;

/// <summary>Mirror of DuckDB's C API: the appender, fed whole data chunks.</summary>
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_appender_create", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState AppenderCreate(IntPtr connection, string? schema, string table, out IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_column_count")]
    internal static partial ulong AppenderColumnCount(IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_column_type")]
    internal static partial IntPtr AppenderColumnType(IntPtr appender, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_error")]
    internal static partial byte* AppenderError(IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_data_chunk")]
    internal static partial DuckDbState AppendDataChunk(IntPtr appender, IntPtr chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_flush")]
    internal static partial DuckDbState AppenderFlush(IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_close")]
    internal static partial DuckDbState AppenderClose(IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_destroy")]
    internal static partial DuckDbState AppenderDestroy(ref IntPtr appender);
}
