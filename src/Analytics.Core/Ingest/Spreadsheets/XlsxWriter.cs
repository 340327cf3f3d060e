using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Writes an .xlsx workbook as a stream, sheet after sheet, without holding the rows in memory.
/// The same calls give the same bytes.
/// </summary>
/// <remarks>
/// The XML of every part is written by the Open XML SDK (its streaming <see cref="OpenXmlWriter"/>
/// for the sheets, its typed elements for the workbook and styles); the package around them is a
/// plain zip with fixed entry times, since the SDK's package stamps each entry with the time of
/// writing and the same calls would not give the same bytes. Each sheet's rows go straight into its
/// zip entry; the workbook, relationships, styles and content types, which list every sheet, are
/// written when the writer is disposed. Strings are inline (no shared-string table), so memory stays
/// bounded whatever the row count.
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

            WritePart("xl/workbook.xml", WorkbookElement());
            WritePart("xl/_rels/workbook.xml.rels", WorkbookRelsXml());
            WritePart("xl/styles.xml", StylesElement());
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

    private void WritePart(string name, OpenXmlElement root)
    {
        using var stream = OpenEntry(name);
        using var writer = OpenXmlWriter.Create(stream, Utf8NoBom);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
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

    private Workbook WorkbookElement()
    {
        // Excel refuses a workbook whose active tab is hidden, so point it at the first visible sheet.
        var active = Math.Max(0, _sheets.FindIndex(s => !s.Hidden));
        var sheets = new Sheets();
        for (var i = 0; i < _sheets.Count; i++)
        {
            var sheet = new Sheet { Name = XlsxSheetWriter.Clean(_sheets[i].Name), SheetId = (uint)(i + 1), Id = $"rId{i + 1}" };
            if (_sheets[i].Hidden)
            {
                sheet.State = SheetStateValues.Hidden;
            }

            sheets.AppendChild(sheet);
        }

        return new Workbook(new BookViews(new WorkbookView { ActiveTab = (uint)active }), sheets);
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

    /// <summary>The namespace of relationship ids (<c>r:id</c>).</summary>
    internal const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string XmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private const string RootRelsXml = XmlHeader
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>";

    private const string AppXml = XmlHeader
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Analytics</Application></Properties>";

    /// <summary>Cell styles by index, matching XlsxSheetWriter: 0 General, 1 date, 2 date-time, 3–5 the same in bold.</summary>
    private static Stylesheet StylesElement()
    {
        static Font Font(bool bold)
        {
            var font = new Font();
            if (bold)
            {
                font.AppendChild(new Bold());
            }

            font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
            return font;
        }

        static CellFormat Format(uint numberFormat, uint font)
        {
            var format = new CellFormat { NumberFormatId = numberFormat, FontId = font, FillId = 0, BorderId = 0, FormatId = 0 };
            if (numberFormat != 0)
            {
                format.ApplyNumberFormat = true;
            }

            if (font != 0)
            {
                format.ApplyFont = true;
            }

            return format;
        }

        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = @"yyyy\-mm\-dd" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = @"yyyy\-mm\-dd\ hh:mm:ss" }) { Count = 2 },
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(Format(0, 0), Format(164, 0), Format(165, 0), Format(0, 1), Format(164, 1), Format(165, 1)) { Count = 6 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
