using System.Text;
using System.Xml;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>How the XML parts of a package are read: forward only, no DTDs, no external resources.</summary>
internal static class XmlParts
{
    private static readonly XmlReaderSettings Settings = CreateSettings(ignoreWhitespace: false);

    /// <summary>For worksheets: white space between elements is skipped (text under xml:space="preserve" is still reported).</summary>
    private static readonly XmlReaderSettings SheetSettings = CreateSettings(ignoreWhitespace: true);

    public static XmlReader Open(Stream stream) => XmlReader.Create(stream, Settings);

    public static XmlReader OpenSheet(Stream stream) => XmlReader.Create(stream, SheetSettings);

    private static XmlReaderSettings CreateSettings(bool ignoreWhitespace) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = ignoreWhitespace,
        CheckCharacters = false,
        CloseInput = true,
    };

    /// <summary>
    /// Copies the value of the attribute the reader is on into <paramref name="buffer"/> without
    /// allocating a string; -1 when it does not fit.
    /// </summary>
    public static int ReadAttribute(XmlReader reader, char[] buffer)
    {
        var length = 0;
        int read;
        while ((read = reader.ReadValueChunk(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length) return reader.ReadValueChunk(buffer, 0, 1) > 0 ? -1 : length;
        }
        return length;
    }

    /// <summary>
    /// Reads the text of the element the reader is on (e.g. <c>&lt;t&gt;</c>), leaving the reader on
    /// its end. The text is taken in chunks, so one longer than <paramref name="maxLength"/> characters
    /// is given up (null) before it is held whole.
    /// </summary>
    public static string? ReadText(XmlReader reader, StringBuilder scratch, int maxLength)
    {
        if (reader.IsEmptyElement) return "";
        var depth = reader.Depth;
        scratch.Clear();
        var chunkArray = System.Buffers.ArrayPool<char>.Shared.Rent(4096);
        try
        {
            while (reader.Read() && reader.Depth > depth)
            {
                if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
                    continue;
                int read;
                while ((read = reader.ReadValueChunk(chunkArray, 0, chunkArray.Length)) > 0)
                {
                    if (scratch.Length + read > maxLength) return null;
                    scratch.Append(chunkArray, 0, read);
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chunkArray);
        }
        return Unescape(scratch.ToString());
    }

    /// <summary>Decodes the <c>_xHHHH_</c> escapes Excel writes for control characters (e.g. <c>_x000D_</c>).</summary>
    public static string Unescape(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0) return text;
        var result = new StringBuilder(text.Length);
        var from = 0;
        for (; at >= 0 && at + 7 <= text.Length; at = text.IndexOf("_x", at + 1, StringComparison.Ordinal))
        {
            if (text[at + 6] != '_' || !ushort.TryParse(text.AsSpan(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code))
                continue;
            result.Append(text, from, at - from).Append((char)code);
            from = at + 7;
            at += 6;
        }
        return result.Append(text, from, text.Length - from).ToString();
    }
}
