using System.Text;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// A ledger file opened for reading: .xlsx (read as a stream of rows from the zip, never whole in
/// memory) or CSV (UTF-8 with or without BOM, or GB18030), told apart by content.
/// </summary>
public sealed class SpreadsheetFile : IDisposable
{
    private SpreadsheetFile(string path, SpreadsheetFormat format, IReadOnlyList<SheetInfo> sheets, Encoding? encoding)
    {
        Path = path;
        Format = format;
        Sheets = sheets;
        TextEncoding = encoding;
    }

    public string Path { get; }

    public SpreadsheetFormat Format { get; }

    /// <summary>All sheets, hidden ones included (flagged).</summary>
    public IReadOnlyList<SheetInfo> Sheets { get; }

    /// <summary>For CSV: the encoding found (UTF-8 or GB18030).</summary>
    public Encoding? TextEncoding { get; }

    /// <summary>Opens a file; throws <see cref="SpreadsheetException"/> when it is empty, not a spreadsheet, encrypted, legacy .xls, truncated or corrupt.</summary>
    public static SpreadsheetFile Open(string path) => throw new NotImplementedException();

    /// <summary>
    /// The rows of a sheet in order, streamed. Blank rows are included (with their numbers). Merged
    /// ranges give every cell of the range the value of their top-left cell. Formula cells give their
    /// cached value. Throws <see cref="SpreadsheetException"/> naming sheet and row when the file turns
    /// out truncated or corrupt while reading.
    /// </summary>
    public IEnumerable<SheetRow> ReadRows(SheetInfo sheet) => throw new NotImplementedException();

    public void Dispose()
    {
    }
}
