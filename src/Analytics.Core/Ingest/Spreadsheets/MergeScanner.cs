namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// The first pass over a sheet, before its rows are streamed: <c>&lt;mergeCells&gt;</c> comes after
/// <c>&lt;sheetData&gt;</c>, so the decompressed sheet is searched as bytes (no XML parsing) for that
/// element and the <c>ref</c> of each merge in it is read. It reads to the end, so that a checking
/// stream sees every byte. Memory: one buffer, plus the merges themselves.
/// </summary>
internal static class MergeScanner
{
    private const int ChunkSize = 1 << 16;

    /// <summary>Bytes kept from the end of one read for the next, so that a name split between reads is still found.</summary>
    private const int Carry = 16;

    private static ReadOnlySpan<byte> Name => "mergeCells"u8;

    private static ReadOnlySpan<byte> RefAttribute => "ref="u8;

    /// <summary>Reads the whole sheet part and gives its merged ranges.</summary>
    public static MergedRange[] Scan(Stream sheet)
    {
        var buffer = new byte[Carry + ChunkSize];
        MemoryStream? element = null;
        var ended = false;
        var carried = 0;
        while (true)
        {
            var read = sheet.ReadAtLeast(buffer.AsSpan(carried, ChunkSize), ChunkSize, throwOnEndOfStream: false);
            if (read == 0) break;
            var window = buffer.AsSpan(0, carried + read);
            var fresh = window[carried..];
            carried = 0;
            if (ended) continue;
            if (element is not null)
            {
                element.Write(fresh);
                ended = HasEnded(element);
                continue;
            }

            var start = FindStartTag(window);
            if (start >= 0)
            {
                element = new MemoryStream();
                element.Write(window[start..]);
                ended = HasEnded(element);
                continue;
            }
            carried = Math.Min(window.Length, Carry);
            window[^carried..].CopyTo(buffer);
        }
        if (element is null) return [];
        var bytes = Bytes(element);
        var length = ElementLength(bytes);
        return ParseRefs(length < 0 ? bytes : bytes[..length]);
    }

    /// <summary>Where <c>mergeCells</c> starts as an element name (after <c>&lt;</c> or a namespace prefix).</summary>
    private static int FindStartTag(ReadOnlySpan<byte> window)
    {
        var from = 0;
        while (true)
        {
            var at = window[from..].IndexOf(Name);
            if (at < 0) return -1;
            at += from;
            if (at > 0 && window[at - 1] is (byte)'<' or (byte)':') return at;
            from = at + 1;
        }
    }

    private static bool HasEnded(MemoryStream collected) => ElementLength(Bytes(collected)) >= 0;

    /// <summary>
    /// How many bytes the element takes (it ends with "/>" when empty, else with the "mergeCells>"
    /// of its end tag), or -1 while its end has not been read yet.
    /// </summary>
    private static int ElementLength(ReadOnlySpan<byte> element)
    {
        var close = element.IndexOf((byte)'>');
        if (close < 0) return -1;
        if (element[close - 1] == '/') return close + 1;
        var at = element[Name.Length..].IndexOf(Name);
        if (at < 0) return -1;
        var end = Name.Length + at + Name.Length;
        return end < element.Length && element[end] == '>' ? end + 1 : -1;
    }

    private static ReadOnlySpan<byte> Bytes(MemoryStream stream) => stream.GetBuffer().AsSpan(0, (int)stream.Length);

    private static MergedRange[] ParseRefs(ReadOnlySpan<byte> element)
    {
        var ranges = new List<MergedRange>();
        Span<char> text = stackalloc char[32];
        var next = element.IndexOf(RefAttribute);
        while (next >= 0)
        {
            element = element[(next + RefAttribute.Length)..];
            if (element.Length == 0 || element[0] is not ((byte)'"' or (byte)'\'')) break;
            var end = element[1..].IndexOf(element[0]);
            if (end < 0) break;
            var value = element.Slice(1, end);
            if (value.Length <= text.Length)
            {
                for (var i = 0; i < value.Length; i++) text[i] = (char)value[i];
                if (CellReference.TryParseRange(text[..value.Length], out var range)) ranges.Add(range);
            }
            element = element[(end + 2)..];
            next = element.IndexOf(RefAttribute);
        }
        return [.. ranges];
    }
}
