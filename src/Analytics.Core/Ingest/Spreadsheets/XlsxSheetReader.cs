using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Streams the rows of one worksheet part with an <see cref="XmlReader"/>: a row is given out as soon
/// as its element has been read, so memory holds one row (and the merged ranges) whatever the sheet's size.
/// Rows missing from the file between two present ones are given out blank, so numbers run on without gaps.
/// </summary>
internal sealed class XlsxSheetReader : IDisposable
{
    private readonly XlsxWorkbook workbook;
    private readonly SheetInfo sheet;
    private readonly ZipArchive archive;
    private readonly XmlReader xml;
    private readonly XlsxCellReader cellReader;
    private readonly MergedCellFiller merges;
    private readonly bool damaged;
    private readonly string rowName;
    private readonly string cellName;
    private readonly string sheetDataName;
    private readonly string referenceName;
    private readonly List<Cell> pending = new(16);
    private readonly List<Cell> gap = [];
    private int pendingRow;
    private int lastParsedRow;
    private int lastGivenRow;
    private int rowReached;
    private bool inSheetData;
    private bool finished;

    private XlsxSheetReader(XlsxWorkbook workbook, SheetInfo sheet, ZipArchive archive, XmlReader xml, MergedRange[] merges, bool damaged)
    {
        this.workbook = workbook;
        this.sheet = sheet;
        this.archive = archive;
        this.xml = xml;
        this.merges = new MergedCellFiller(merges);
        this.damaged = damaged;
        cellReader = new XlsxCellReader(workbook, xml);
        var names = xml.NameTable;
        rowName = names.Add("row");
        cellName = names.Add("c");
        sheetDataName = names.Add("sheetData");
        referenceName = names.Add("r");
    }

    public static XlsxSheetReader Open(XlsxWorkbook workbook, SheetInfo sheet, string part)
    {
        ZipArchive? archive = null;
        try
        {
            archive = workbook.OpenArchive();
            var entry = Package.FindEntry(archive, part) ?? throw new InvalidDataException("sheet part missing");
            var (merges, damaged) = ScanMerges(entry);
            return new XlsxSheetReader(workbook, sheet, archive, XmlParts.OpenSheet(entry.Open()), merges, damaged);
        }
        catch (XmlException e) when (XlsxWorkbook.IsDtd(e))
        {
            archive?.Dispose();
            throw SpreadsheetErrors.Dtd(workbook.FileName, sheet.Name);
        }
        catch (Exception e) when (XlsxWorkbook.IsCorruption(e))
        {
            archive?.Dispose();
            throw SpreadsheetErrors.Corrupt(workbook.FileName, sheet.Name);
        }
    }

    /// <summary>The next row, or null at the end of the sheet.</summary>
    public SheetRow? Next()
    {
        try
        {
            return ReadNext();
        }
        catch (XmlException e) when (XlsxWorkbook.IsDtd(e))
        {
            throw SpreadsheetErrors.Dtd(workbook.FileName, sheet.Name);
        }
        catch (Exception e) when (XlsxWorkbook.IsCorruption(e))
        {
            throw SpreadsheetErrors.Corrupt(workbook.FileName, sheet.Name, rowReached > 0 ? rowReached : null);
        }
        catch (SpreadsheetLimitException e)
        {
            throw new SpreadsheetException(workbook.FileName, sheet.Name, rowReached, e.MessageZh, e.MessageEn) { Column = e.Column };
        }
    }

    public void Dispose()
    {
        xml.Dispose();
        archive.Dispose();
    }

    private SheetRow? ReadNext()
    {
        if (pendingRow == 0 && !ReadRow()) return Finish();

        if (pendingRow > lastGivenRow + 1)
        {
            var number = ++lastGivenRow;
            gap.Clear();
            merges.Apply(number, gap);
            return Give(number, gap);
        }

        var row = pendingRow;
        pendingRow = 0;
        lastGivenRow = Math.Max(lastGivenRow, row);
        merges.Apply(row, pending);
        return Give(row, pending);
    }

    private static SheetRow Give(int number, List<Cell> cells)
    {
        var count = cells.Count;
        while (count > 0 && cells[count - 1].Kind == CellKind.Empty) count--;
        if (count == 0) return new SheetRow(number, []);
        var array = new Cell[count];
        cells.CopyTo(0, array, 0, count);
        return new SheetRow(number, array);
    }

    /// <summary>Moves to the next <c>&lt;row&gt;</c> of <c>&lt;sheetData&gt;</c> and reads it into <see cref="pending"/>.</summary>
    private bool ReadRow()
    {
        if (finished) return false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                var name = xml.LocalName;
                if (ReferenceEquals(name, rowName) && inSheetData)
                {
                    ReadRowElement();
                    return true;
                }
                if (ReferenceEquals(name, sheetDataName))
                {
                    if (xml.IsEmptyElement) break;
                    inSheetData = true;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement && ReferenceEquals(xml.LocalName, sheetDataName))
            {
                break;
            }
        }
        finished = true;
        return false;
    }

    private void ReadRowElement()
    {
        var number = 0;
        while (xml.MoveToNextAttribute())
            if (ReferenceEquals(xml.LocalName, referenceName)) number = cellReader.ReadAttributeNumber();
        xml.MoveToElement();
        if (number <= 0) number = lastParsedRow + 1;
        if (number > CellReference.MaxRows)
        {
            rowReached = number;
            throw new SpreadsheetLimitException($"行号 {number:N0} 超出 Excel 的上限（{CellReference.MaxRows:N0} 行）",
                $"row number {number:N0} is past Excel's limit of {CellReference.MaxRows:N0} rows");
        }
        lastParsedRow = rowReached = pendingRow = number;

        pending.Clear();
        if (xml.IsEmptyElement) return;
        var depth = xml.Depth;
        var lastColumn = -1;
        var more = xml.Read();
        while (more && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                more = xml.Read();
                continue;
            }
            if (!ReferenceEquals(xml.LocalName, cellName))
            {
                xml.Skip();
                continue;
            }
            var (column, cell) = cellReader.Read(lastColumn);
            lastColumn = column;
            while (pending.Count < column) pending.Add(Cell.Empty);
            if (pending.Count == column) pending.Add(cell);
            else pending[column] = cell;
            more = xml.Read();
        }
    }

    /// <summary>
    /// Reads what follows the sheet data so that damage there is still reported, then ends. Damage
    /// the first pass found that this pass did not run into (bytes changed, XML still well formed)
    /// is reported here, after the last row.
    /// </summary>
    private SheetRow? Finish()
    {
        while (xml.Read())
        {
        }
        if (damaged) throw new InvalidDataException("the sheet's checksum does not match");
        return null;
    }

    /// <summary>
    /// The first pass: merged ranges, and whether the entry is intact (it inflates and its CRC-32
    /// matches). A damaged entry is not reported here but by the second pass, with the row it reached.
    /// </summary>
    private static (MergedRange[] Ranges, bool Damaged) ScanMerges(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = new CheckedEntryStream(entry);
            return (MergeScanner.Scan(stream), false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return ([], true);
        }
    }
}
