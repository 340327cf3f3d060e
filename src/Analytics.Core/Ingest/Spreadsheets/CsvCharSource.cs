using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Turns a CSV file's bytes into characters, a buffer at a time. In strict UTF-8 mode it stops short
/// of the first invalid byte and says so (<see cref="FoundInvalidUtf8"/>), so the reader can name the row.
/// In GB18030 it checks each line before decoding it and stops short of a line that is UTF-8
/// (<see cref="FoundUtf8Line"/>): decoded as GB18030 it would load as garbled names.
/// </summary>
internal sealed class CsvCharSource : IDisposable
{
    private const int ByteBufferSize = 1 << 16;

    private readonly Stream stream;
    private readonly Decoder? decoder;
    private readonly byte[] bytes = ArrayPool<byte>.Shared.Rent(ByteBufferSize);
    private int start;
    private int end;
    private bool endOfStream;
    private readonly bool checkLines;
    private int checkedEnd;
    private int utf8LineAt = -1;

    public CsvCharSource(Stream stream, CsvEncoding encoding)
    {
        this.stream = stream;
        stream.Position = encoding.BomLength;
        decoder = encoding.StrictUtf8 ? null : encoding.Encoding.GetDecoder();
        checkLines = encoding.Encoding.CodePage == CsvEncoding.Gb18030.CodePage;
    }

    /// <summary>The bytes that follow the characters given out so far are not UTF-8.</summary>
    public bool FoundInvalidUtf8 { get; private set; }

    /// <summary>The line that follows the characters given out so far is UTF-8 in a GB18030 file.</summary>
    public bool FoundUtf8Line { get; private set; }

    /// <summary>Fills <paramref name="chars"/> with the next characters; 0 at the end (or at invalid UTF-8).</summary>
    public int Read(Span<char> chars)
    {
        while (!FoundInvalidUtf8 && !FoundUtf8Line)
        {
            if (start == end && !endOfStream) FillBytes();
            if (start == end && endOfStream && decoder is null) return 0;

            var written = decoder is null ? DecodeUtf8(chars) : Decode(chars);
            if (written > 0) return written;
            if (endOfStream && start == end) return 0;
            if (!endOfStream) FillBytes();
        }
        return 0;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(bytes);
        stream.Dispose();
    }

    private int DecodeUtf8(Span<char> chars)
    {
        var status = Utf8.ToUtf16(bytes.AsSpan(start, end - start), chars, out var read, out var written,
            replaceInvalidSequences: false, isFinalBlock: endOfStream);
        start += read;
        if (status == OperationStatus.InvalidData) FoundInvalidUtf8 = true;
        return written;
    }

    private int Decode(Span<char> chars)
    {
        var limit = checkLines ? CheckedLimit() : end;
        if (start == utf8LineAt)
        {
            FoundUtf8Line = true;
            return 0;
        }
        decoder!.Convert(bytes.AsSpan(start, limit - start), chars, endOfStream && limit == end, out var used, out var written, out _);
        start += used;
        return written;
    }

    /// <summary>
    /// How far the bytes may be decoded: to the end of the last whole line checked (a line feed is
    /// never part of a GB18030 character), or to the start of a line found to be UTF-8. A line longer
    /// than the buffer is let through unchecked.
    /// </summary>
    private int CheckedLimit()
    {
        if (utf8LineAt >= 0) return utf8LineAt;
        while (checkedEnd < end)
        {
            var newline = bytes.AsSpan(checkedEnd, end - checkedEnd).IndexOf((byte)'\n');
            int lineEnd;
            if (newline >= 0) lineEnd = checkedEnd + newline + 1;
            else if (endOfStream) lineEnd = end;
            else if (start == 0 && end == ByteBufferSize) return checkedEnd = end;
            else break;
            if (IsUtf8Line(bytes.AsSpan(checkedEnd, lineEnd - checkedEnd))) return utf8LineAt = checkedEnd;
            checkedEnd = lineEnd;
        }
        return checkedEnd;
    }

    /// <summary>A line with bytes beyond ASCII that are all valid UTF-8: GB18030 text practically never is.</summary>
    private static bool IsUtf8Line(ReadOnlySpan<byte> line) =>
        line.ContainsAnyExceptInRange((byte)0, (byte)0x7F) && Utf8.IsValid(line);

    /// <summary>Moves the bytes not yet decoded (an incomplete sequence) to the front and reads more after them.</summary>
    private void FillBytes()
    {
        var left = end - start;
        bytes.AsSpan(start, left).CopyTo(bytes);
        checkedEnd -= start;
        if (utf8LineAt >= 0) utf8LineAt -= start;
        start = 0;
        end = left;
        var read = stream.Read(bytes, end, ByteBufferSize - end);
        if (read == 0) endOfStream = true;
        end += read;
    }
}
