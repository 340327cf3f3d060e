using System.Text;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>A byte order mark at the start of a text file, and the encoding it announces.</summary>
internal readonly record struct TextBom(int Length, int UnitSize, Encoding? Encoding)
{
    public static readonly TextBom None = new(0, 1, null);

    public static TextBom Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(3, 1, new UTF8Encoding(true));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(2, 2, new UnicodeEncoding(false, true));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(2, 2, new UnicodeEncoding(true, true));
        return None;
    }
}
