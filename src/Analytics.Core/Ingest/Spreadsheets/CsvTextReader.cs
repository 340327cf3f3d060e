namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// The characters of a <see cref="CsvCharSource"/> as a <see cref="TextReader"/> for the CSV parser,
/// starting with a sample already taken from the source (to sniff the delimiter). Where a file judged
/// UTF-8 stops being UTF-8 it throws <see cref="InvalidUtf8Exception"/>, so that the record being
/// parsed is reported instead of being given out cut short.
/// </summary>
internal sealed class CsvTextReader(CsvCharSource source, char[] sample, int sampleLength) : TextReader
{
    private int sampleAt;

    /// <summary>Thrown where the bytes of a UTF-8 file stop being UTF-8.</summary>
    public sealed class InvalidUtf8Exception : Exception;

    /// <summary>Thrown where a line of a GB18030 file is UTF-8.</summary>
    public sealed class Utf8InGb18030Exception : Exception;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (sampleAt < sampleLength)
        {
            var count = Math.Min(buffer.Length, sampleLength - sampleAt);
            sample.AsSpan(sampleAt, count).CopyTo(buffer);
            sampleAt += count;
            return count;
        }
        var read = source.Read(buffer);
        if (read == 0 && source.FoundInvalidUtf8) throw new InvalidUtf8Exception();
        if (read == 0 && source.FoundUtf8Line) throw new Utf8InGb18030Exception();
        return read;
    }

    public override int Peek() => throw new NotSupportedException();

    public override int Read() => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) source.Dispose();
        base.Dispose(disposing);
    }
}
