using System.IO.Compression;
using System.Text;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

/// <summary>
/// Writes .xlsx files for tests from raw XML: each sheet's <c>&lt;sheetData&gt;</c> content (and
/// merges) is given as written by Excel or other tools, so every quirk the reader meets can be set up.
/// The package parts around them (content types, relationships, workbook) are filled in.
/// </summary>
internal sealed class XlsxBuilder
{
    private const string Transitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string TransitionalRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string StrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly List<(string Name, string State, string Xml)> sheets = [];
    private readonly Dictionary<string, string> parts = [];
    private readonly HashSet<string> omitted = [];
    private string? sharedStrings;
    private string? styles;
    private bool date1904;
    private bool strict;

    /// <summary>Adds a worksheet from the content of its <c>&lt;sheetData&gt;</c> and, optionally, of its <c>&lt;mergeCells&gt;</c>.</summary>
    public XlsxBuilder Sheet(string name, string sheetData, string? mergeCells = null, string state = "visible")
    {
        var merges = mergeCells is null ? "" : $"<mergeCells>{mergeCells}</mergeCells>";
        return SheetXml(name,
            $"""<worksheet xmlns="{Main}" xmlns:r="{Relationships}"><dimension ref="A1"/><sheetData>{sheetData}</sheetData>{merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>""",
            state);
    }

    /// <summary>Adds a worksheet whose whole part is given.</summary>
    public XlsxBuilder SheetXml(string name, string worksheetXml, string state = "visible")
    {
        sheets.Add((name, state, worksheetXml));
        return this;
    }

    /// <summary>The shared strings table, from its <c>&lt;si&gt;</c> elements.</summary>
    public XlsxBuilder SharedStringItems(string items)
    {
        sharedStrings = items;
        return this;
    }

    /// <summary>Plain shared strings, one <c>&lt;si&gt;&lt;t&gt;</c> each.</summary>
    public XlsxBuilder SharedStrings(params string[] texts) =>
        SharedStringItems(string.Concat(texts.Select(t => $"<si><t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(t)}</t></si>")));

    /// <summary>The style sheet, from its <c>&lt;numFmts&gt;</c> content and the numFmtId of each cell format (index = <c>s</c>).</summary>
    public XlsxBuilder Styles(string numFmts, params int[] cellFormatIds)
    {
        var formats = numFmts.Length == 0 ? "" : $"<numFmts>{numFmts}</numFmts>";
        var xfs = string.Concat(cellFormatIds.Select(id => $"<xf numFmtId=\"{id}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"));
        styles = $"""<styleSheet xmlns="{Main}">{formats}<fonts count="1"><font><sz val="11"/></font></fonts><cellStyleXfs count="1"><xf numFmtId="22" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="{cellFormatIds.Length}">{xfs}</cellXfs></styleSheet>""";
        return this;
    }

    public XlsxBuilder Date1904()
    {
        date1904 = true;
        return this;
    }

    /// <summary>Uses the namespaces of "Strict Open XML" instead of the usual transitional ones.</summary>
    public XlsxBuilder Strict()
    {
        strict = true;
        return this;
    }

    /// <summary>Adds or replaces a part verbatim.</summary>
    public XlsxBuilder Part(string name, string content)
    {
        parts[name] = content;
        return this;
    }

    /// <summary>Leaves a part out of the package.</summary>
    public XlsxBuilder Without(string name)
    {
        omitted.Add(name);
        return this;
    }

    public string Save(string path, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, content) in Parts())
        {
            if (omitted.Contains(name)) continue;
            var entry = zip.CreateEntry(name, level);
            entry.LastWriteTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var stream = entry.Open();
            stream.Write(Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + "\r\n" + content));
        }
        return path;
    }

    private string Main => strict ? StrictMain : Transitional;

    private string Relationships => strict ? StrictRelationships : TransitionalRelationships;

    private string RelationshipType(string type) =>
        (strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships/" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/") + type;

    private IEnumerable<(string Name, string Content)> Parts()
    {
        var overrides = new StringBuilder();
        var workbookRels = new StringBuilder();
        var sheetList = new StringBuilder();
        for (var i = 0; i < sheets.Count; i++)
        {
            var (name, state, _) = sheets[i];
            overrides.Append($"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
            workbookRels.Append($"""<Relationship Id="rId{i + 1}" Type="{RelationshipType("worksheet")}" Target="worksheets/sheet{i + 1}.xml"/>""");
            var stateAttribute = state == "visible" ? "" : $" state=\"{state}\"";
            sheetList.Append($"""<sheet name="{System.Security.SecurityElement.Escape(name)}" sheetId="{i + 1}"{stateAttribute} r:id="rId{i + 1}"/>""");
        }
        if (sharedStrings is not null)
            workbookRels.Append($"""<Relationship Id="rIdStrings" Type="{RelationshipType("sharedStrings")}" Target="sharedStrings.xml"/>""");
        if (styles is not null)
            workbookRels.Append($"""<Relationship Id="rIdStyles" Type="{RelationshipType("styles")}" Target="/xl/styles.xml"/>""");

        var generated = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = $"""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{overrides}</Types>""",
            ["_rels/.rels"] = $"""<Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="{RelationshipType("officeDocument")}" Target="xl/workbook.xml"/></Relationships>""",
            ["xl/workbook.xml"] = $"""<workbook xmlns="{Main}" xmlns:r="{Relationships}"><workbookPr{(date1904 ? " date1904=\"1\"" : "")}/><bookViews><workbookView/></bookViews><sheets>{sheetList}</sheets></workbook>""",
            ["xl/_rels/workbook.xml.rels"] = $"""<Relationships xmlns="{PackageRelationships}">{workbookRels}</Relationships>""",
        };
        for (var i = 0; i < sheets.Count; i++) generated[$"xl/worksheets/sheet{i + 1}.xml"] = sheets[i].Xml;
        if (sharedStrings is not null) generated["xl/sharedStrings.xml"] = $"""<sst xmlns="{Main}" count="1" uniqueCount="1">{sharedStrings}</sst>""";
        if (styles is not null) generated["xl/styles.xml"] = styles;
        foreach (var (name, content) in parts) generated[name] = content;
        return generated.Select(p => (p.Key, p.Value));
    }
}
