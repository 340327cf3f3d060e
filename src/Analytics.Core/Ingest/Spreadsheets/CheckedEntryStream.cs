using System.IO.Compression;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Reads a zip entry and, at its end, compares the CRC-32 of what was read with the one the archive
/// records, throwing <see cref="InvalidDataException"/> when they differ (the zip reader does not check).
/// With a <paramref name="limit"/>, an entry that declares more bytes is refused before it is read
/// (<see cref="SpreadsheetLimitException"/>), and one that inflates to more than it declares is corrupt.
/// </summary>
internal sealed class CheckedEntryStream(ZipArchiveEntry entry, long limit = long.MaxValue) : Stream
{
    private readonly Stream inner = entry.Length <= limit
        ? entry.Open()
        : throw SpreadsheetLimitException.PartTooLarge(entry.FullName, entry.Length, limit);
    private readonly uint expected = entry.Crc32;
    private readonly long declared = entry.Length;
    private long total;
    private uint crc;
    private bool checkedAtEnd;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        total += read;
        if (total > declared) throw new InvalidDataException($"{entry.FullName} inflates to more than the {declared} bytes it declares");
        if (read > 0) crc = Crc32.Append(crc, buffer[..read]);
        else if (buffer.Length > 0 && !checkedAtEnd)
        {
            checkedAtEnd = true;
            if (crc != expected) throw new InvalidDataException($"CRC-32 of {entry.FullName} does not match");
        }
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
