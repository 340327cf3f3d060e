using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// How a CSV file's bytes become text: a byte order mark decides; without one, UTF-8 when the first
/// megabyte is valid UTF-8, else GB18030 (what Chinese Excel writes by default). A file judged UTF-8
/// is decoded strictly, so bytes further on that are not UTF-8 are reported rather than garbled.
/// </summary>
/// <param name="BomLength">Bytes to skip at the start.</param>
/// <param name="StrictUtf8">Decode as UTF-8 and stop at the first invalid byte.</param>
internal sealed record CsvEncoding(Encoding Encoding, int BomLength, bool StrictUtf8)
{
    /// <summary>How much of the file decides between UTF-8 and GB18030, in bytes.</summary>
    public const int SampleSize = 1 << 20;

    public static readonly Encoding Gb18030 = LoadGb18030();

    public static CsvEncoding Detect(Stream stream)
    {
        var sample = ArrayPool<byte>.Shared.Rent(SampleSize);
        try
        {
            stream.Position = 0;
            var length = stream.ReadAtLeast(sample.AsSpan(0, SampleSize), SampleSize, throwOnEndOfStream: false);
            var head = sample.AsSpan(0, length);
            var bom = TextBom.Detect(head);
            if (bom.Encoding is not null) return new CsvEncoding(bom.Encoding, bom.Length, bom.Encoding is UTF8Encoding);
            var whole = length < SampleSize || stream.Position == stream.Length;
            return IsUtf8(head, whole)
                ? new CsvEncoding(new UTF8Encoding(false), 0, true)
                : new CsvEncoding(Gb18030, 0, false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(sample);
        }
    }

    /// <summary>Whether the bytes are valid UTF-8; a sequence cut off at the end of a sample is allowed.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool whole)
    {
        var scratch = new char[8192];
        while (!bytes.IsEmpty)
        {
            var status = Utf8.ToUtf16(bytes, scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: whole);
            bytes = bytes[read..];
            if (status != OperationStatus.DestinationTooSmall) return status != OperationStatus.InvalidData;
        }
        return true;
    }

    /// <summary>Makes the Windows code pages (GB18030, and those legacy .xls files declare) known to <see cref="Encoding.GetEncoding(int)"/>.</summary>
    public static void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding LoadGb18030()
    {
        RegisterCodePages();
        return Encoding.GetEncoding(54936);
    }
}
