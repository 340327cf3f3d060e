using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Turns a CSV file's bytes into characters, a buffer at a time. In strict UTF-8 mode it stops short
/// of the first invalid byte and says so (<see cref="FoundInvalidUtf8"/>), so the reader can name the row.
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

    public CsvCharSource(Stream stream, CsvEncoding encoding)
    {
        this.stream = stream;
        stream.Position = encoding.BomLength;
        decoder = encoding.StrictUtf8 ? null : encoding.Encoding.GetDecoder();
    }

    /// <summary>The bytes that follow the characters given out so far are not UTF-8.</summary>
    public bool FoundInvalidUtf8 { get; private set; }

    /// <summary>Fills <paramref name="chars"/> with the next characters; 0 at the end (or at invalid UTF-8).</summary>
    public int Read(Span<char> chars)
    {
        while (!FoundInvalidUtf8)
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
        decoder!.Convert(bytes.AsSpan(start, end - start), chars, endOfStream, out var used, out var written, out _);
        start += used;
        return written;
    }

    /// <summary>Moves the bytes not yet decoded (an incomplete sequence) to the front and reads more after them.</summary>
    private void FillBytes()
    {
        var left = end - start;
        bytes.AsSpan(start, left).CopyTo(bytes);
        start = 0;
        end = left;
        var read = stream.Read(bytes, end, ByteBufferSize - end);
        if (read == 0) endOfStream = true;
        end += read;
    }
}
