using Microsoft.Win32.SafeHandles;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// A read-only, seekable view of an open file with a position of its own, so that several readers
/// (one per sheet being streamed) can share one handle without disturbing each other.
/// Does not close the handle.
/// </summary>
internal sealed class FileHandleStream(SafeFileHandle handle) : Stream
{
    private readonly long length = RandomAccess.GetLength(handle);
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (position >= length) return 0;
        var read = RandomAccess.Read(handle, buffer, position);
        position += read;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => length + offset,
        };
        return position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
