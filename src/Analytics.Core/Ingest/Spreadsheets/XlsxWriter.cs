using System.IO.Compression;
using System.Text;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Writes an .xlsx workbook as a stream, sheet after sheet, without holding the rows in memory.
/// The same calls give the same bytes.
/// </summary>
/// <remarks>
/// Each sheet's rows go straight into its zip entry; the workbook, relationships, styles and content
/// types, which list every sheet, are written when the writer is disposed. Strings are inline
/// (no shared-string table), so memory stays bounded whatever the row count.
/// </remarks>
public sealed class XlsxWriter : IDisposable
{
    /// <summary>The most rows a sheet holds (Excel's limit).</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>The most columns a sheet holds (Excel's limit, XFD).</summary>
    public const int MaxColumns = 16_384;

    // A fixed entry time keeps the bytes independent of when the file was written.
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _file;
    private readonly ZipArchive _zip;
    private readonly List<(string Name, bool Hidden)> _sheets = [];
    private XlsxSheetWriter? _current;
    private bool _disposed;

    private XlsxWriter(Stream file)
    {
        _file = file;
        _zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Utf8NoBom);
    }

    /// <summary>Creates (or replaces) the file at <paramref name="path"/>.</summary>
    public static XlsxWriter Create(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16));

    /// <summary>Starts a new sheet; the previous sheet is finished.</summary>
    /// <param name="name">1 to 31 characters, none of <c>[]:*?/\</c>, unique in the workbook (case-insensitive).</param>
    public XlsxSheetWriter AddSheet(string name, bool hidden = false)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ValidateSheetName(name);
        _current?.Finish();
        _sheets.Add((name, hidden));
        var stream = OpenEntry($"xl/worksheets/sheet{_sheets.Count}.xml");
        _current = new XlsxSheetWriter(name, stream);
        return _current;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            _current?.Finish();
            if (_sheets.Count == 0)
            {
                // A workbook needs at least one sheet to open.
                _sheets.Add(("Sheet1", false));
                new XlsxSheetWriter("Sheet1", OpenEntry("xl/worksheets/sheet1.xml")).Finish();
            }

            WritePart("xl/workbook.xml", WorkbookXml());
            WritePart("xl/_rels/workbook.xml.rels", WorkbookRelsXml());
            WritePart("xl/styles.xml", StylesXml);
            WritePart("_rels/.rels", RootRelsXml);
            WritePart("docProps/app.xml", AppXml);
            WritePart("[Content_Types].xml", ContentTypesXml());
        }
        finally
        {
            _zip.Dispose();
            _file.Dispose();
        }
    }

    private Stream OpenEntry(string name)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = EntryTime;
        return entry.Open();
    }

    private void WritePart(string name, string xml)
    {
        using var stream = OpenEntry(name);
        stream.Write(Utf8NoBom.GetBytes(xml));
    }

    private void ValidateSheetName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > 31 || name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0 || name.StartsWith('\'') || name.EndsWith('\''))
        {
            throw new ArgumentException($"Invalid sheet name '{name}': 1 to 31 characters, none of []:*?/\\, not starting or ending with an apostrophe.", nameof(name));
        }

        if (_sheets.Exists(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"A sheet named '{name}' already exists.", nameof(name));
        }
    }

    private string WorkbookXml()
    {
        // Excel refuses a workbook whose active tab is hidden, so point it at the first visible sheet.
        var active = Math.Max(0, _sheets.FindIndex(s => !s.Hidden));
        var xml = new StringBuilder();
        xml.Append(XmlHeader)
            .Append("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
            .Append("<bookViews><workbookView activeTab=\"").Append(active).Append("\"/></bookViews><sheets>");
        for (var i = 0; i < _sheets.Count; i++)
        {
            xml.Append("<sheet name=\"").Append(XlsxSheetWriter.Escape(_sheets[i].Name)).Append("\" sheetId=\"").Append(i + 1).Append('"');
            if (_sheets[i].Hidden)
            {
                xml.Append(" state=\"hidden\"");
            }

            xml.Append(" r:id=\"rId").Append(i + 1).Append("\"/>");
        }

        return xml.Append("</sheets></workbook>").ToString();
    }

    private string WorkbookRelsXml()
    {
        var xml = new StringBuilder();
        xml.Append(XmlHeader).Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var i = 1; i <= _sheets.Count; i++)
        {
            xml.Append("<Relationship Id=\"rId").Append(i)
                .Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                .Append(i).Append(".xml\"/>");
        }

        xml.Append("<Relationship Id=\"rId").Append(_sheets.Count + 1)
            .Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return xml.Append("</Relationships>").ToString();
    }

    private string ContentTypesXml()
    {
        var xml = new StringBuilder();
        xml.Append(XmlHeader)
            .Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
            .Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
            .Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
            .Append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
        for (var i = 1; i <= _sheets.Count; i++)
        {
            xml.Append("<Override PartName=\"/xl/worksheets/sheet").Append(i)
                .Append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }

        return xml.Append("</Types>").ToString();
    }

    private const string XmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private const string RootRelsXml = XmlHeader
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>";

    private const string AppXml = XmlHeader
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Analytics</Application></Properties>";

    // Cell styles by index, matching XlsxSheetWriter: 0 General, 1 date, 2 date-time, 3–5 the same in bold.
    private const string StylesXml = XmlHeader
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/><numFmt numFmtId=\"165\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm:ss\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"6\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"165\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>";
}
