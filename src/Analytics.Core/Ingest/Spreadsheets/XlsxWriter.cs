namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Writes an .xlsx workbook as a stream, sheet after sheet, without holding the rows in memory.
/// The same calls give the same bytes.
/// </summary>
public sealed class XlsxWriter : IDisposable
{
    /// <summary>Creates (or replaces) the file at <paramref name="path"/>.</summary>
    public static XlsxWriter Create(string path) => throw new NotImplementedException();

    /// <summary>Starts a new sheet; the previous sheet is finished.</summary>
    public XlsxSheetWriter AddSheet(string name, bool hidden = false) => throw new NotImplementedException();

    public void Dispose()
    {
    }
}

/// <summary>A sheet being written, row after row.</summary>
public sealed class XlsxSheetWriter
{
    /// <summary>
    /// Writes the next row. Cell values: null (empty), string, int, long, double, decimal, bool,
    /// DateOnly and DateTime (written as Excel serials with a date format), <see cref="XlsxFormula"/>.
    /// </summary>
    public void WriteRow(params ReadOnlySpan<object?> cells) => throw new NotImplementedException();

    /// <summary>Merges a range such as <c>A1:H1</c>.</summary>
    public void MergeCells(string range) => throw new NotImplementedException();
}

/// <summary>A formula with its cached value, as Excel saves it.</summary>
public sealed record XlsxFormula(string Formula, object? CachedValue);
