using System.IO.Compression;
using System.Xml;
using Microsoft.Win32.SafeHandles;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// What an xlsx package says about itself, read once when the file is opened: its sheets (in
/// workbook order, with the zip entry of each), the shared strings, the date styles and the date system.
/// </summary>
internal sealed class XlsxWorkbook
{
    private readonly SafeFileHandle handle;
    private readonly string?[] sheetParts;

    private XlsxWorkbook(SafeFileHandle handle, string fileName, IReadOnlyList<SheetInfo> sheets, string?[] sheetParts,
        SharedStrings strings, StyleSheet styles, bool date1904)
    {
        this.handle = handle;
        this.sheetParts = sheetParts;
        FileName = fileName;
        Sheets = sheets;
        Strings = strings;
        Styles = styles;
        Date1904 = date1904;
    }

    public string FileName { get; }

    public IReadOnlyList<SheetInfo> Sheets { get; }

    public SharedStrings Strings { get; }

    public StyleSheet Styles { get; }

    /// <summary>Serials count from 1904-01-01 (old Mac Excel) instead of 1900.</summary>
    public bool Date1904 { get; }

    public static XlsxWorkbook Open(SafeFileHandle handle, string fileName)
    {
        try
        {
            using var archive = OpenArchive(handle);
            return Read(archive, handle, fileName);
        }
        catch (XmlException e) when (IsDtd(e))
        {
            throw SpreadsheetErrors.Dtd(fileName, null);
        }
        catch (Exception e) when (IsCorruption(e))
        {
            throw SpreadsheetErrors.Corrupt(fileName);
        }
        catch (SpreadsheetLimitException e)
        {
            throw new SpreadsheetException(fileName, null, null, e.MessageZh, e.MessageEn);
        }
    }

    /// <summary>The rows of a sheet; none for sheets that hold no cells (chart sheets).</summary>
    public IEnumerable<SheetRow> ReadRows(SheetInfo sheet)
    {
        var part = sheetParts[sheet.Index];
        if (part is null) yield break;
        using var reader = XlsxSheetReader.Open(this, sheet, part);
        while (reader.Next() is { } row)
            yield return row;
    }

    /// <summary>A fresh view of the package with a position of its own, so several sheets can be read at once.</summary>
    public ZipArchive OpenArchive() => OpenArchive(handle);

    /// <summary>The XML reader refused a document type declaration (prohibited: it is how entity bombs and external entities come in).</summary>
    public static bool IsDtd(XmlException e) => e.Message.Contains("DTD", StringComparison.Ordinal);

    /// <summary>What a damaged package throws while it is read: a cut or garbled zip, bad XML.</summary>
    public static bool IsCorruption(Exception e) =>
        e is InvalidDataException or XmlException or IOException or NotSupportedException;

    private static ZipArchive OpenArchive(SafeFileHandle handle) =>
        new(new BufferedStream(new FileHandleStream(handle), 1 << 16), ZipArchiveMode.Read);

    private static XlsxWorkbook Read(ZipArchive archive, SafeFileHandle handle, string fileName)
    {
        var workbookPart = PackageRelationships.Read(archive, "").TargetOfType("officeDocument") ?? "xl/workbook.xml";
        var workbookEntry = Package.FindEntry(archive, workbookPart) ?? Package.FindEntry(archive, workbookPart = "xl/workbook.xml");
        if (workbookEntry is null)
        {
            // An Office package that lost its workbook is damaged; any other zip is simply not a spreadsheet.
            var looksLikeWorkbook = archive.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.OrdinalIgnoreCase));
            throw looksLikeWorkbook ? SpreadsheetErrors.Corrupt(fileName) : SpreadsheetErrors.NotSpreadsheet(fileName);
        }

        var relationships = PackageRelationships.Read(archive, workbookPart);
        var (declared, date1904) = ReadWorkbook(workbookEntry);
        var sheets = new List<SheetInfo>(declared.Count);
        var parts = new string?[declared.Count];
        for (var i = 0; i < declared.Count; i++)
        {
            var (name, hidden, relationshipId) = declared[i];
            sheets.Add(new SheetInfo(name, i, hidden));
            var target = relationships.ById(relationshipId);
            if (target is null || Package.FindEntry(archive, target.Value.Target) is null) throw SpreadsheetErrors.Corrupt(fileName);
            parts[i] = target.Value.Type == "worksheet" ? target.Value.Target : null;
        }

        var strings = ReadPart(archive, relationships.TargetOfType("sharedStrings") ?? "xl/sharedStrings.xml", SpreadsheetLimits.MaxSharedStringsPartBytes, SharedStrings.Read) ?? SharedStrings.None;
        var styles = ReadPart(archive, relationships.TargetOfType("styles") ?? "xl/styles.xml", SpreadsheetLimits.MaxSmallPartBytes, StyleSheet.Read) ?? StyleSheet.None;
        return new XlsxWorkbook(handle, fileName, sheets, parts, strings, styles, date1904);
    }

    private static T? ReadPart<T>(ZipArchive archive, string name, long limit, Func<Stream, T> read) where T : class
    {
        var entry = Package.FindEntry(archive, name);
        if (entry is null) return null;
        using var stream = new CheckedEntryStream(entry, limit);
        return read(stream);
    }

    private static (List<(string Name, bool Hidden, string RelationshipId)> Sheets, bool Date1904) ReadWorkbook(ZipArchiveEntry entry)
    {
        var sheets = new List<(string, bool, string)>();
        var date1904 = false;
        using var reader = XmlParts.Open(new CheckedEntryStream(entry, SpreadsheetLimits.MaxSmallPartBytes));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "workbookPr")
            {
                date1904 = reader.GetAttribute("date1904") is "1" or "true";
            }
            else if (reader.LocalName == "sheet")
            {
                var name = reader.GetAttribute("name") ?? $"Sheet{sheets.Count + 1}";
                var hidden = reader.GetAttribute("state") is "hidden" or "veryHidden";
                sheets.Add((name, hidden, RelationshipId(reader)));
            }
        }
        return (sheets, date1904);
    }

    // r:id, whatever the prefix, in the transitional or the strict relationships namespace.
    private static string RelationshipId(XmlReader reader)
    {
        var id = "";
        while (reader.MoveToNextAttribute())
            if (reader.LocalName == "id" && reader.NamespaceURI.Contains("relationships", StringComparison.Ordinal))
                id = reader.Value;
        reader.MoveToElement();
        return id;
    }
}
