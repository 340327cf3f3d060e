using System.Buffers;
using System.Runtime.CompilerServices;
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

    /// <summary>
    /// Writes text into a <c>duckdb_string_t</c> slot in DuckDB's inlined form (length, then the bytes
    /// zero-padded to 12) when its UTF-8 encoding fits in 12 bytes; returns false, with the slot's
    /// contents unspecified, when it does not. Invalid UTF-16 becomes U+FFFD, as with Encoding.UTF8.
    /// </summary>
    public static bool TryInline(ReadOnlySpan<char> text, DuckDbStringT* slot)
    {
        if (text.Length > DuckDbStringT.InlineLimit) return false;
        // DuckDB compares inlined strings over all 16 bytes, so the padding must be zero.
        Unsafe.WriteUnaligned(slot->Inlined, 0UL);
        Unsafe.WriteUnaligned(slot->Inlined + 8, 0U);
        var status = System.Text.Unicode.Utf8.FromUtf16(text, new Span<byte>(slot->Inlined, DuckDbStringT.InlineLimit), out _, out var written);
        if (status != OperationStatus.Done) return false;
        slot->Length = (uint)written;
        return true;
    }

    /// <summary>The bytes of a <c>duckdb_string_t</c>, valid while its chunk lives.</summary>
    public static ReadOnlySpan<byte> Bytes(DuckDbStringT* value)
    {
        var length = (int)value->Length;
        var bytes = length <= DuckDbStringT.InlineLimit ? value->Inlined : *(byte**)((byte*)value + 8);
        return new ReadOnlySpan<byte>(bytes, length);
    }
}
