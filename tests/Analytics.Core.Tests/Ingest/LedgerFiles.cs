using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest;

/// <summary>
/// Writes ledger files the way real offices hand them over: CSV in several encodings and line
/// endings, workbooks through <see cref="XlsxWriter"/>, and raw bytes for what no writer makes on
/// purpose (hand-built packages, encrypted and legacy OLE files, cut and garbled zips).
/// </summary>
internal static class LedgerFiles
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    static LedgerFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    /// <summary>A UTF-8 CSV (no byte order mark), lines ending in LF.</summary>
    public static string Csv(string directory, string name, params string[] lines) =>
        Text(directory, name, string.Join("\n", lines) + "\n", Utf8NoBom);

    /// <summary>Text written as is, in the given encoding (a BOM only if <paramref name="bom"/>).</summary>
    public static string Text(string directory, string name, string text, Encoding encoding, bool bom = false)
    {
        var bytes = encoding.GetBytes(text);
        return Bytes(directory, name, bom ? [.. encoding.GetPreamble(), .. bytes] : bytes);
    }

    public static string Bytes(string directory, string name, byte[] bytes)
    {
        var path = Path.Combine(directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A workbook written by <see cref="XlsxWriter"/>.</summary>
    public static string Xlsx(string directory, string name, Action<XlsxWriter> write)
    {
        var path = Path.Combine(directory, name);
        Directory.CreateDirectory(directory);
        using (var writer = XlsxWriter.Create(path)) write(writer);
        return path;
    }

    /// <summary>A workbook of one sheet whose <c>sheetData</c> is given as XML, with shared strings if any (for cells no writer makes: errors, shared strings, unstyled serials).</summary>
    public static string RawXlsx(string directory, string name, string sheetName, string sheetData, params string[] sharedStrings)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        const string pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>",
            ["_rels/.rels"] = $"<Relationships xmlns=\"{pkg}\"><Relationship Id=\"rId1\" Type=\"{rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
            ["xl/workbook.xml"] = $"<workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"{sheetName}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            ["xl/_rels/workbook.xml.rels"] = $"<Relationships xmlns=\"{pkg}\"><Relationship Id=\"rId1\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + $"<Relationship Id=\"rId2\" Type=\"{rel}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>",
            ["xl/sharedStrings.xml"] = $"<sst xmlns=\"{main}\" count=\"{sharedStrings.Length}\" uniqueCount=\"{sharedStrings.Length}\">"
                + string.Concat(sharedStrings.Select(s => $"<si><t>{System.Security.SecurityElement.Escape(s)}</t></si>")) + "</sst>",
            ["xl/worksheets/sheet1.xml"] = $"<worksheet xmlns=\"{main}\"><sheetData>{sheetData}</sheetData></worksheet>",
        };
        return Bytes(directory, name, Zip(parts));
    }

    /// <summary>A zip of text entries (UTF-8).</summary>
    public static byte[] Zip(IReadOnlyDictionary<string, string> entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Utf8NoBom.GetBytes(text));
            }
        }
        return memory.ToArray();
    }

    /// <summary>The first PNG bytes of a 1×1 image: what a screenshot saved as .xlsx starts with.</summary>
    public static byte[] Png() =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
        0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
        0x42, 0x60, 0x82,
    ];

    /// <summary>The first half of <paramref name="path"/>'s bytes: a download or copy that stopped early.</summary>
    public static void CutInHalf(string path)
    {
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
    }

    /// <summary>
    /// Garbles a zip entry's data from inside sheet row <paramref name="fromRow"/> on, leaving the
    /// zip's directory intact. The entry is first stored uncompressed, so the damage starts in that row
    /// whatever bytes the writer produced; its recorded CRC no longer matches either.
    /// </summary>
    public static void GarbleEntry(string path, string entryName, int fromRow)
    {
        ReplaceEntry(path, entryName, text => text, CompressionLevel.NoCompression);
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.UTF8.GetBytes(entryName);
        // The local header: signature, version, flags, method, time, date, CRC, sizes, name and extra lengths (30 bytes), the name, the extra field.
        var header = bytes.AsSpan().IndexOf(name) - 30;
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(header + 18));
        var data = header + 30 + name.Length + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(header + 28));
        var rowAttribute = bytes.AsSpan(data, length).IndexOf(Encoding.UTF8.GetBytes($" r=\"{fromRow}\""));
        if (rowAttribute < 0) throw new ArgumentException($"{entryName} has no row {fromRow}");
        // Inside the row, past its start tag, so the damage is that row's.
        var offset = data + rowAttribute + bytes.AsSpan(data + rowAttribute).IndexOf((byte)'>') + 1;
        var rng = new Random(7);
        bytes[offset] = 0; // not allowed anywhere in XML: the reader stops right there
        for (var i = offset + 1; i < Math.Min(offset + length / 3, data + length); i++) bytes[i] = (byte)rng.Next(256);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Rewrites the text of one entry of a package.</summary>
    public static void ReplaceEntry(string path, string entryName, Func<string, string> change, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(entryName) ?? throw new ArgumentException($"no entry {entryName}");
        string text;
        using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(entryName, level).Open(), Utf8NoBom);
        writer.Write(change(text));
    }
}
