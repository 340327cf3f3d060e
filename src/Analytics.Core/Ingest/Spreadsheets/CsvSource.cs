using Microsoft.Win32.SafeHandles;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>A CSV file seen as a workbook of one sheet named after the file; each read starts again from the top.</summary>
internal sealed class CsvSource
{
    private readonly SafeFileHandle handle;
    private readonly string fileName;

    private CsvSource(SafeFileHandle handle, string fileName, SheetInfo sheet, CsvEncoding encoding)
    {
        this.handle = handle;
        this.fileName = fileName;
        Sheet = sheet;
        Encoding = encoding;
    }

    public SheetInfo Sheet { get; }

    public CsvEncoding Encoding { get; }

    public static CsvSource Open(SafeFileHandle handle, string path)
    {
        using var stream = new FileHandleStream(handle);
        var sheet = new SheetInfo(System.IO.Path.GetFileNameWithoutExtension(path), 0, false);
        return new CsvSource(handle, System.IO.Path.GetFileName(path), sheet, CsvEncoding.Detect(stream));
    }

    public IEnumerable<SheetRow> ReadRows()
    {
        using var reader = new CsvReader(new CsvCharSource(new FileHandleStream(handle), Encoding), fileName, Sheet.Name);
        while (reader.Next() is { } row)
            yield return row;
    }
}
