using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace SpreadsheetBenchmark;

/// <summary>
/// Writes the generated ledger as Excel would: text in the shared strings table, dates as serials
/// with a date style, the title merged across the columns and 所属地区 merged down each block of rows.
/// Written here, not with the product's writer, so the reader is measured against an independent file.
/// </summary>
internal static class XlsxLedgerWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Header = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + "\r\n";

    public static void Write(string path, int rows, bool office = false)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
        Part(zip, "_rels/.rels", $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part(zip, "xl/workbook.xml", $"""<workbook xmlns="{Main}" xmlns:r="{Relationships}"><workbookPr/><sheets><sheet name="项目台账" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Part(zip, "xl/_rels/workbook.xml.rels", $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{Relationships}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="{Relationships}/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
        Part(zip, "xl/styles.xml", $"""<styleSheet xmlns="{Main}"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>""");

        var strings = new Dictionary<string, int>();
        using (var sheet = Writer(zip, "xl/worksheets/sheet1.xml"))
            WriteSheet(sheet, rows, strings, office);
        using (var sst = Writer(zip, "xl/sharedStrings.xml"))
        {
            sst.Write($"""<sst xmlns="{Main}" count="{strings.Count}" uniqueCount="{strings.Count}">""");
            foreach (var text in strings.Keys) sst.Write($"<si><t>{SecurityElement.Escape(text)}</t></si>");
            sst.Write("</sst>");
        }
    }

    private static void WriteSheet(StreamWriter sheet, int rows, Dictionary<string, int> strings, bool office)
    {
        // An office file has a second title row above the header, so every data row moves down by one.
        var top = office ? 1 : 0;
        sheet.Write($"""<worksheet xmlns="{Main}" xmlns:r="{Relationships}"><dimension ref="A1:J{rows + 2 + top}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14"/><sheetData>""");
        sheet.Write($"""<row r="1"><c r="A1" t="s"><v>{Index(strings, LedgerRow.Title)}</v></c></row>""");
        if (office) sheet.Write($"""<row r="2"><c r="A2" t="s"><v>{Index(strings, LedgerRow.Unit)}</v></c></row>""");
        sheet.Write($"""<row r="{2 + top}">""");
        for (var c = 0; c < LedgerRow.Columns; c++) TextCell(sheet, strings, c, 2 + top, LedgerRow.HeaderOf(c, office));
        sheet.Write("</row>");
        for (var i = 1; i <= rows; i++)
        {
            var row = LedgerRow.Create(i);
            var r = i + 2 + top;
            sheet.Write($"""<row r="{r}" spans="1:10">""");
            TextCell(sheet, strings, 0, r, row.ProjectId);
            TextCell(sheet, strings, 1, r, row.Name);
            if (IsBlockStart(i)) TextCell(sheet, strings, 2, r, row.Region);
            TextCell(sheet, strings, 3, r, row.Chain);
            TextCell(sheet, strings, 4, r, row.FundSource);
            if (office) TextCell(sheet, strings, 5, r, row.InvestmentText);
            else sheet.Write($"""<c r="F{r}"><v>{row.Investment.ToString(CultureInfo.InvariantCulture)}</v></c>""");
            sheet.Write($"""<c r="G{r}" s="1"><v>{row.Signed}</v></c>""");
            if (row.Started is { } started) sheet.Write($"""<c r="H{r}" s="1"><v>{started}</v></c>""");
            TextCell(sheet, strings, 8, r, row.Status);
            if (row.Remark is not null) TextCell(sheet, strings, 9, r, row.Remark);
            sheet.Write("</row>");
        }
        sheet.Write("</sheetData><mergeCells>");
        sheet.Write("""<mergeCell ref="A1:J1"/>""");
        if (office) sheet.Write("""<mergeCell ref="A2:J2"/>""");
        for (var i = 1; i <= rows; i++)
        {
            if (!IsBlockStart(i)) continue;
            var last = Math.Min(rows, (i / LedgerRow.RegionBlock + 1) * LedgerRow.RegionBlock - 1);
            if (last > i) sheet.Write($"""<mergeCell ref="C{i + 2 + top}:C{last + 2 + top}"/>""");
        }
        sheet.Write("""</mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>""");
    }

    private static bool IsBlockStart(int i) => i == 1 || i % LedgerRow.RegionBlock == 0;

    private static void TextCell(StreamWriter sheet, Dictionary<string, int> strings, int column, int row, string text) =>
        sheet.Write($"""<c r="{(char)('A' + column)}{row}" t="s"><v>{Index(strings, text)}</v></c>""");

    private static int Index(Dictionary<string, int> strings, string text)
    {
        if (!strings.TryGetValue(text, out var index)) strings[text] = index = strings.Count;
        return index;
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var writer = Writer(zip, name);
        writer.Write(xml);
    }

    private static StreamWriter Writer(ZipArchive zip, string name)
    {
        var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false), 1 << 16);
        writer.Write(Header);
        return writer;
    }
}
