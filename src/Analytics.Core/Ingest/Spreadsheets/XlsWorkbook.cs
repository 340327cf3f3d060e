using System.Globalization;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using Microsoft.Win32.SafeHandles;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// A legacy Excel 97–2003 workbook (.xls, BIFF8), read through ExcelDataReader: its sheets, and the
/// rows of each as <see cref="SheetRow"/>s with merged ranges filled like the xlsx reader fills them.
/// Text in workbooks that declare no code page is read as GB18030, as Chinese Excel and WPS write it.
/// </summary>
internal sealed class XlsWorkbook
{
    private readonly SafeFileHandle handle;
    private readonly string fileName;

    private XlsWorkbook(SafeFileHandle handle, string fileName, IReadOnlyList<SheetInfo> sheets)
    {
        this.handle = handle;
        this.fileName = fileName;
        Sheets = sheets;
    }

    public IReadOnlyList<SheetInfo> Sheets { get; }

    public static XlsWorkbook Open(SafeFileHandle handle, string fileName)
    {
        try
        {
            using var reader = CreateReader(handle);
            var sheets = new List<SheetInfo>();
            do
            {
                sheets.Add(new SheetInfo(reader.Name ?? $"Sheet{sheets.Count + 1}", sheets.Count, reader.VisibleState is "hidden" or "veryhidden"));
            }
            while (reader.NextResult());
            return new XlsWorkbook(handle, fileName, sheets);
        }
        catch (InvalidPasswordException)
        {
            throw SpreadsheetErrors.Encrypted(fileName);
        }
        catch (Exception e) when (IsCorruption(e))
        {
            throw SpreadsheetErrors.CorruptXls(fileName);
        }
    }

    /// <summary>The rows of a sheet, numbered as Excel shows them; rows missing from the file come out blank.</summary>
    public IEnumerable<SheetRow> ReadRows(SheetInfo sheet)
    {
        IExcelDataReader reader;
        MergedCellFiller merges;
        try
        {
            reader = CreateReader(handle);
            for (var i = 0; i < sheet.Index; i++) reader.NextResult();
            merges = new MergedCellFiller([.. (reader.MergeCells ?? []).Select(m => new MergedRange(m.FromRow + 1, m.FromColumn, m.ToRow + 1, m.ToColumn))]);
        }
        catch (Exception e) when (IsCorruption(e))
        {
            throw SpreadsheetErrors.Corrupt(fileName, sheet.Name);
        }
        using (reader)
        {
            var cells = new List<Cell>(16);
            var number = 0;
            while (true)
            {
                try
                {
                    if (!reader.Read()) break;
                    number++;
                    if (number > CellReference.MaxRows) throw SpreadsheetErrors.PastRowLimit(fileName, sheet.Name, number);
                    cells.Clear();
                    for (var column = 0; column < reader.FieldCount; column++) cells.Add(ToCell(reader.GetValue(column)));
                }
                catch (Exception e) when (IsCorruption(e))
                {
                    throw SpreadsheetErrors.Corrupt(fileName, sheet.Name, number);
                }
                merges.Apply(number, cells);
                var count = cells.Count;
                while (count > 0 && cells[count - 1].Kind == CellKind.Empty) count--;
                yield return new SheetRow(number, count == 0 ? [] : cells.GetRange(0, count).ToArray());
            }
        }
    }

    private static Cell ToCell(object? value) => value switch
    {
        null => Cell.Empty,
        string text => text.Length == 0 ? Cell.Empty : new Cell(CellKind.Text, text, 0),
        double number => new Cell(CellKind.Number, number.ToString("R", CultureInfo.InvariantCulture), number),
        bool flag => new Cell(CellKind.Boolean, flag ? "TRUE" : "FALSE", flag ? 1 : 0),
        DateTime date => new Cell(CellKind.DateTime, date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), date.ToOADate()),
        TimeSpan time => new Cell(CellKind.DateTime, time.ToString("c", CultureInfo.InvariantCulture), time.TotalDays),
        IConvertible other => new Cell(CellKind.Number, Convert.ToString(other, CultureInfo.InvariantCulture) ?? "", other.ToDouble(CultureInfo.InvariantCulture)),
        _ => new Cell(CellKind.Text, value.ToString() ?? "", 0),
    };

    private static IExcelDataReader CreateReader(SafeFileHandle handle)
    {
        CsvEncoding.RegisterCodePages();
        return ExcelReaderFactory.CreateBinaryReader(new FileHandleStream(handle), new ExcelReaderConfiguration
        {
            FallbackEncoding = CsvEncoding.Gb18030,
            LeaveOpen = false,
        });
    }

    /// <summary>What a damaged .xls throws while it is read.</summary>
    private static bool IsCorruption(Exception e) =>
        e is ExcelReaderException or InvalidDataException or IOException or NotSupportedException or ArgumentException
            or IndexOutOfRangeException or InvalidOperationException or EndOfStreamException or DecoderFallbackException;
}
