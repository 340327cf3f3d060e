using System.Runtime.InteropServices;

namespace Analytics.DuckDb.Native;

/// <summary><c>duckdb_result</c>: an opaque 48-byte struct owned by the caller.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbResultStruct
{
    private readonly ulong deprecatedColumnCount;
    private readonly ulong deprecatedRowCount;
    private readonly ulong deprecatedRowsChanged;
    private readonly IntPtr deprecatedColumns;
    private readonly IntPtr deprecatedError;
    private readonly IntPtr internalData;
}

/// <summary><c>duckdb_string_t</c>: 16 bytes, inlined up to 12 bytes, else a pointer.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct DuckDbStringT
{
    public uint Length;
    public fixed byte Inlined[12];

    public const int InlineLimit = 12;
}

/// <summary><c>duckdb_list_entry</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbListEntry
{
    public ulong Offset;
    public ulong Length;
}

/// <summary><c>duckdb_interval</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbIntervalStruct
{
    public int Months;
    public int Days;
    public long Micros;
}

/// <summary><c>duckdb_hugeint</c>: value = upper · 2^64 + lower.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbHugeIntStruct
{
    public ulong Lower;
    public long Upper;
}

/// <summary><c>duckdb_uhugeint</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbUHugeIntStruct
{
    public ulong Lower;
    public ulong Upper;
}

/// <summary><c>duckdb_decimal</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbDecimalStruct
{
    public byte Width;
    public byte Scale;
    public DuckDbHugeIntStruct Value;
}

/// <summary><c>duckdb_state</c>.</summary>
internal enum DuckDbState
{
    Success = 0,
    Error = 1,
}

/// <summary><c>duckdb_pending_state</c>.</summary>
internal enum DuckDbPendingState
{
    ResultReady = 0,
    ResultNotReady = 1,
    Error = 2,
    NoTasksAvailable = 3,
}

/// <summary><c>duckdb_result_type</c>.</summary>
internal enum DuckDbResultType
{
    Invalid = 0,
    ChangedRows = 1,
    Nothing = 2,
    QueryResult = 3,
}
