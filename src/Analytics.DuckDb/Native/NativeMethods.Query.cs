using System.Runtime.InteropServices;

namespace Analytics.DuckDb.Native;

/// <summary>Mirror of DuckDB's C API: statements, prepared statements, pending and materialised results.</summary>
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_extract_statements", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ulong ExtractStatements(IntPtr connection, string query, out IntPtr extracted);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare_extracted_statement")]
    internal static partial DuckDbState PrepareExtractedStatement(IntPtr connection, IntPtr extracted, ulong index, out IntPtr prepared);

    [LibraryImport(Library, EntryPoint = "duckdb_extract_statements_error")]
    internal static partial byte* ExtractStatementsError(IntPtr extracted);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_extracted")]
    internal static partial void DestroyExtracted(ref IntPtr extracted);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare_error")]
    internal static partial byte* PrepareError(IntPtr prepared);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_prepare")]
    internal static partial void DestroyPrepare(ref IntPtr prepared);

    [LibraryImport(Library, EntryPoint = "duckdb_nparams")]
    internal static partial ulong ParameterCount(IntPtr prepared);

    [LibraryImport(Library, EntryPoint = "duckdb_parameter_name")]
    internal static partial IntPtr ParameterName(IntPtr prepared, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_clear_bindings")]
    internal static partial DuckDbState ClearBindings(IntPtr prepared);

    [LibraryImport(Library, EntryPoint = "duckdb_pending_prepared_streaming")]
    internal static partial DuckDbState PendingPreparedStreaming(IntPtr prepared, out IntPtr pending);

    [LibraryImport(Library, EntryPoint = "duckdb_pending_prepared")]
    internal static partial DuckDbState PendingPrepared(IntPtr prepared, out IntPtr pending);

    [LibraryImport(Library, EntryPoint = "duckdb_execute_pending")]
    internal static partial DuckDbState ExecutePending(IntPtr pending, DuckDbResultStruct* result);

    [LibraryImport(Library, EntryPoint = "duckdb_pending_error")]
    internal static partial byte* PendingError(IntPtr pending);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_pending")]
    internal static partial void DestroyPending(ref IntPtr pending);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_result")]
    internal static partial void DestroyResult(DuckDbResultStruct* result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_error")]
    internal static partial byte* ResultError(DuckDbResultStruct* result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_count")]
    internal static partial ulong ColumnCount(DuckDbResultStruct* result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_name")]
    internal static partial byte* ColumnName(DuckDbResultStruct* result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_column_logical_type")]
    internal static partial IntPtr ColumnLogicalType(DuckDbResultStruct* result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_rows_changed")]
    internal static partial ulong RowsChanged(DuckDbResultStruct* result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_return_type")]
    internal static partial DuckDbResultType ResultReturnType(DuckDbResultStruct result);

    [LibraryImport(Library, EntryPoint = "duckdb_fetch_chunk")]
    internal static partial IntPtr FetchChunk(DuckDbResultStruct result);
}
