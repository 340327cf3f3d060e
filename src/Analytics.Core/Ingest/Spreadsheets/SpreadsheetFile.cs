using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// A ledger file opened for reading: .xlsx (read as a stream of rows from the zip, never whole in
/// memory), legacy .xls (BIFF8, through ExcelDataReader) or CSV (UTF-8 with or without BOM, or
/// GB18030), told apart by content.
/// </summary>
public sealed class SpreadsheetFile : IDisposable
{

    private readonly SafeFileHandle handle;
    private readonly XlsxWorkbook? workbook;
    private readonly XlsWorkbook? legacy;
    private readonly CsvSource? csv;

    private SpreadsheetFile(string path, SpreadsheetFormat format, IReadOnlyList<SheetInfo> sheets, Encoding? encoding,
        SafeFileHandle handle, XlsxWorkbook? workbook, CsvSource? csv, XlsWorkbook? legacy = null)
    {
        this.legacy = legacy;
        Path = path;
        Format = format;
        Sheets = sheets;
        TextEncoding = encoding;
        this.handle = handle;
        this.workbook = workbook;
        this.csv = csv;
    }

    public string Path { get; }

    public SpreadsheetFormat Format { get; }

    /// <summary>All sheets, hidden ones included (flagged).</summary>
    public IReadOnlyList<SheetInfo> Sheets { get; }

    /// <summary>For CSV: the encoding found (UTF-8 or GB18030, or UTF-16 when the file starts with its byte order mark).</summary>
    public Encoding? TextEncoding { get; }

    /// <summary>Opens a file; throws <see cref="SpreadsheetException"/> when it is empty, not a spreadsheet, encrypted, truncated or corrupt.</summary>
    public static SpreadsheetFile Open(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            FileKind kind;
            string? foundEncoding;
            using (var probe = new FileHandleStream(handle))
            {
                kind = FileSniffer.Sniff(probe, out foundEncoding);
                if (kind == FileKind.Ole && OleError(OleCompoundFile.EntryNames(probe), name) is { } refused) throw refused;
            }
            switch (kind)
            {
                case FileKind.Ole:
                    var xls = XlsWorkbook.Open(handle, name);
                    return new SpreadsheetFile(path, SpreadsheetFormat.Xls, xls.Sheets, null, handle, null, null, xls);
                case FileKind.Zip:
                    var workbook = XlsxWorkbook.Open(handle, name);
                    return new SpreadsheetFile(path, SpreadsheetFormat.Xlsx, workbook.Sheets, null, handle, workbook, null);
                case FileKind.Text:
                    var csv = CsvSource.Open(handle, path);
                    return new SpreadsheetFile(path, SpreadsheetFormat.Csv, [csv.Sheet], csv.Encoding.Encoding, handle, null, csv);
                case FileKind.Empty:
                    throw SpreadsheetErrors.Empty(name);
                case FileKind.UnsupportedText:
                    throw SpreadsheetErrors.UnsupportedEncoding(name, foundEncoding!);
                default:
                    throw SpreadsheetErrors.NotSpreadsheet(name);
            }
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The rows of a sheet in order, streamed. Blank rows are included (with their numbers). Merged
    /// ranges give every cell of the range the value of their top-left cell. Formula cells give their
    /// cached value. Throws <see cref="SpreadsheetException"/> naming sheet and row when the file turns
    /// out truncated or corrupt while reading.
    /// </summary>
    public IEnumerable<SheetRow> ReadRows(SheetInfo sheet)
    {
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        if (sheet.Index < 0 || sheet.Index >= Sheets.Count || Sheets[sheet.Index] != sheet)
            throw new ArgumentException($"Sheet '{sheet.Name}' is not a sheet of {System.IO.Path.GetFileName(Path)}.", nameof(sheet));
        return workbook is not null ? workbook.ReadRows(sheet) : legacy is not null ? legacy.ReadRows(sheet) : csv!.ReadRows();
    }

    public void Dispose() => handle.Dispose();

    /// <summary>
    /// An OLE compound file is an encrypted workbook (its package sits in "EncryptedPackage"), a
    /// legacy .xls ("Workbook", or "Book" before Excel 97), or another Office document. Null for an
    /// .xls, to be read; a directory that cannot be read is a damaged .xls, the likeliest case for a ledger.
    /// </summary>
    private static SpreadsheetException? OleError(IReadOnlyList<string>? streams, string name)
    {
        if (streams is null) return SpreadsheetErrors.CorruptXls(name);
        if (streams.Contains("EncryptedPackage")) return SpreadsheetErrors.Encrypted(name);
        if (streams.Contains("Workbook") || streams.Contains("Book")) return null;
        return SpreadsheetErrors.NotSpreadsheet(name);
    }
}
