using System.Text;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Finds a sheet's merged ranges before its rows are streamed: <c>&lt;mergeCells&gt;</c> comes after
/// <c>&lt;sheetData&gt;</c>, so this is a first pass over the decompressed sheet that only searches
/// bytes (no XML parsing) until it reaches that element, then reads the <c>ref</c> of each merge.
/// Memory: one buffer, plus the merges themselves.
/// </summary>
internal static class MergeScanner
{
    private const int ChunkSize = 1 << 16;

    private static ReadOnlySpan<byte> Name => "mergeCells"u8;

    private static ReadOnlySpan<byte> RefAttribute => "ref="u8;

    public static MergedRange[] Scan(Stream sheet)
    {
        var buffer = new byte[ChunkSize + Name.Length];
        var carried = 0;
        while (true)
        {
            var read = sheet.ReadAtLeast(buffer.AsSpan(carried, ChunkSize), ChunkSize, throwOnEndOfStream: false);
            var window = buffer.AsSpan(0, carried + read);
            var start = FindStartTag(window);
            if (start >= 0) return ReadMerges(sheet, window[start..]);
            if (read == 0) return [];
            // Keep a tail so that a name split across two reads is still found.
            carried = Math.Min(window.Length, Name.Length + 1);
            window[^carried..].CopyTo(buffer);
        }
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

    /// <summary>Collects the element's bytes up to its end tag, then parses every <c>ref="A1:B2"</c> in it.</summary>
    private static MergedRange[] ReadMerges(Stream sheet, ReadOnlySpan<byte> first)
    {
        var collected = new MemoryStream();
        collected.Write(first);
        var chunk = new byte[ChunkSize];
        while (!HasEnded(collected.GetBuffer().AsSpan(0, (int)collected.Length)))
        {
            var read = sheet.Read(chunk);
            if (read == 0) break;
            collected.Write(chunk, 0, read);
        }
        return ParseRefs(collected.GetBuffer().AsSpan(0, (int)collected.Length));
    }

    // The element ends with "mergeCells>" in its end tag, or with "/>" when it is empty.
    private static bool HasEnded(ReadOnlySpan<byte> element)
    {
        var close = element.IndexOf((byte)'>');
        if (close > 0 && element[close - 1] == '/') return true;
        var rest = element[Name.Length..];
        var at = rest.IndexOf(Name);
        return at >= 0 && at + Name.Length < rest.Length && rest[at + Name.Length] == '>';
    }

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
                var length = Encoding.ASCII.GetChars(value, text);
                if (CellReference.TryParseRange(text[..length], out var range)) ranges.Add(range);
            }
            element = element[(end + 2)..];
            next = element.IndexOf(RefAttribute);
        }
        return [.. ranges];
    }
}
