namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>Tells a file's kind from its content, never from its name.</summary>
internal static class FileSniffer
{
    private const int SampleSize = 8192;

    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// Signatures of common non-spreadsheet files that may start with plain text bytes, in full, so
    /// that a CSV whose first header happens to begin the same way (<c>PKID,…</c>) is not mistaken.
    /// </summary>
    private static readonly byte[][] OtherMagics =
    [
        "%PDF-"u8.ToArray(),
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], // PNG
        [0xFF, 0xD8, 0xFF],                               // JPEG
        "GIF87a"u8.ToArray(),
        "GIF89a"u8.ToArray(),
        [0x1F, 0x8B],                                     // gzip
        [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C],             // 7z
        [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07],             // RAR
        [0x50, 0x4B, 0x05, 0x06],                         // an empty zip
        [0x50, 0x4B, 0x07, 0x08],                         // a spanned zip
    ];

    public static FileKind Sniff(Stream stream) => Sniff(stream, out _);

    /// <summary>As <see cref="Sniff(Stream)"/>; for <see cref="FileKind.UnsupportedText"/>, <paramref name="encoding"/> names the encoding found.</summary>
    public static FileKind Sniff(Stream stream, out string? encoding)
    {
        encoding = null;
        var sample = new byte[SampleSize];
        var length = ReadFully(stream, sample);
        var head = sample.AsSpan(0, length);
        if (head.StartsWith(ZipMagic)) return FileKind.Zip;
        if (head.StartsWith(OleMagic)) return FileKind.Ole;
        foreach (var magic in OtherMagics)
            if (head.StartsWith(magic)) return FileKind.Binary;

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            encoding = "UTF-32";
            return FileKind.UnsupportedText;
        }
        var bom = TextBom.Detect(head);
        if (bom.Length == 0 && head.Contains((byte)0))
        {
            encoding = ForeignEncoding(head);
            if (encoding is not null) return FileKind.UnsupportedText;
            // A few NUL bytes in what is otherwise text: read on, and let the CSV reader name the row that holds one.
            return head.Count((byte)0) * 50 < head.Length ? FileKind.Text : FileKind.Binary;
        }
        return IsBlank(stream, sample, length, bom) ? FileKind.Empty : FileKind.Text;
    }

    /// <summary>
    /// UTF-16 or UTF-32 text without a byte order mark, told by where the zero bytes fall (the high
    /// bytes of ASCII characters) and by the text decoding to letters, digits, punctuation and CJK.
    /// </summary>
    private static string? ForeignEncoding(ReadOnlySpan<byte> head)
    {
        (string Name, System.Text.Encoding Encoding)[] candidates =
        [
            ("UTF-32 (little-endian)", new System.Text.UTF32Encoding(false, false)),
            ("UTF-32 (big-endian)", new System.Text.UTF32Encoding(true, false)),
            ("UTF-16 (little-endian)", new System.Text.UnicodeEncoding(false, false)),
            ("UTF-16 (big-endian)", new System.Text.UnicodeEncoding(true, false)),
        ];
        foreach (var (name, encoding) in candidates)
        {
            var unit = name.StartsWith("UTF-32", StringComparison.Ordinal) ? 4 : 2;
            var text = encoding.GetString(head[..(head.Length / unit * unit)]);
            if (text.Length > 0 && text.Count(IsPlausible) >= text.Length * 0.95) return name;
        }
        return null;
    }

    private static bool IsPlausible(char c) =>
        c is '\t' or '\r' or '\n' || (c >= ' ' && c <= '~') || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');

    /// <summary>Whether the whole file is white space; reads on past the sample only while it stays blank.</summary>
    private static bool IsBlank(Stream stream, byte[] buffer, int length, TextBom bom)
    {
        var start = bom.Length;
        while (length > 0)
        {
            if (!IsBlank(buffer.AsSpan(start, length - start), bom)) return false;
            length = ReadFully(stream, buffer);
            start = 0;
        }
        return true;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes, TextBom bom)
    {
        if (bom.UnitSize == 1)
        {
            foreach (var b in bytes)
                if (!IsBlankAscii(b)) return false;
            return true;
        }
        var bigEndian = bom.Encoding!.CodePage == 1201;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            var (high, low) = bigEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i]);
            if (high != 0 || !IsBlankAscii(low)) return false;
        }
        return true;
    }

    private static bool IsBlankAscii(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0B or 0x0C;

    private static int ReadFully(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0) break;
            total += read;
        }
        return total;
    }
}
