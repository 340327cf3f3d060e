using System.Runtime.InteropServices;
using System.Text;

namespace Analytics.DuckDb.Native;

/// <summary>UTF-8 text crossing the native boundary.</summary>
internal static unsafe class Utf8
{
    /// <summary>Decodes a NUL-terminated UTF-8 string that DuckDB owns (not freed here).</summary>
    public static string? FromBorrowed(byte* text) => text == null ? null : Marshal.PtrToStringUTF8((IntPtr)text);

    /// <summary>Decodes a NUL-terminated UTF-8 string and frees it with <c>duckdb_free</c>.</summary>
    public static string? FromOwned(IntPtr text)
    {
        if (text == IntPtr.Zero) return null;
        try { return Marshal.PtrToStringUTF8(text); }
        finally { NativeMethods.Free(text); }
    }

    /// <summary>Decodes a <c>duckdb_string_t</c> (inlined up to 12 bytes, else through its pointer).</summary>
    public static string Decode(DuckDbStringT* value)
    {
        var length = (int)value->Length;
        if (length == 0) return string.Empty;
        var bytes = length <= DuckDbStringT.InlineLimit ? value->Inlined : *(byte**)((byte*)value + 8);
        return Encoding.UTF8.GetString(bytes, length);
    }

    /// <summary>The bytes of a <c>duckdb_string_t</c>, valid while its chunk lives.</summary>
    public static ReadOnlySpan<byte> Bytes(DuckDbStringT* value)
    {
        var length = (int)value->Length;
        var bytes = length <= DuckDbStringT.InlineLimit ? value->Inlined : *(byte**)((byte*)value + 8);
        return new ReadOnlySpan<byte>(bytes, length);
    }
}
