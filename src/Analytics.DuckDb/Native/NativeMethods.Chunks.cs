using System.Runtime.InteropServices;

namespace Analytics.DuckDb.Native;

/// <summary>Mirror of DuckDB's C API: data chunks, vectors, validity masks and logical types.</summary>
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_create_data_chunk")]
    internal static partial IntPtr CreateDataChunk(IntPtr* types, ulong columnCount);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_data_chunk")]
    internal static partial void DestroyDataChunk(ref IntPtr chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_reset")]
    internal static partial void DataChunkReset(IntPtr chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_size")]
    internal static partial ulong DataChunkGetSize(IntPtr chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_set_size")]
    internal static partial void DataChunkSetSize(IntPtr chunk, ulong size);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    internal static partial IntPtr DataChunkGetVector(IntPtr chunk, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_data")]
    internal static partial void* VectorGetData(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_validity")]
    internal static partial ulong* VectorGetValidity(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_ensure_validity_writable")]
    internal static partial void VectorEnsureValidityWritable(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_assign_string_element_len")]
    internal static partial void VectorAssignStringElementLen(IntPtr vector, ulong index, byte* text, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_list_vector_get_child")]
    internal static partial IntPtr ListVectorGetChild(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_list_vector_get_size")]
    internal static partial ulong ListVectorGetSize(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_create_logical_type")]
    internal static partial IntPtr CreateLogicalType(DuckDbType type);

    [LibraryImport(Library, EntryPoint = "duckdb_get_type_id")]
    internal static partial DuckDbType GetTypeId(IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_width")]
    internal static partial byte DecimalWidth(IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_scale")]
    internal static partial byte DecimalScale(IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_internal_type")]
    internal static partial DuckDbType DecimalInternalType(IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_internal_type")]
    internal static partial DuckDbType EnumInternalType(IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_dictionary_size")]
    internal static partial uint EnumDictionarySize(IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_dictionary_value")]
    internal static partial IntPtr EnumDictionaryValue(IntPtr logicalType, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_list_type_child_type")]
    internal static partial IntPtr ListTypeChildType(IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_logical_type_get_alias")]
    internal static partial IntPtr LogicalTypeGetAlias(IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_logical_type")]
    internal static partial void DestroyLogicalType(ref IntPtr logicalType);
}
