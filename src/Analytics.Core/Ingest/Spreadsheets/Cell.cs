namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>What a cell holds, as the file stores it.</summary>
public enum CellKind
{
    Empty,
    Text,
    Number,
    Boolean,
    /// <summary>A number whose cell format is a date or time format; <see cref="Cell.Number"/> is the Excel serial (1900 system, days).</summary>
    DateTime,
    /// <summary>An Excel error value such as <c>#DIV/0!</c>, in <see cref="Cell.Text"/>.</summary>
    Error,
}

/// <summary>
/// One cell. <see cref="Text"/> is the text of Text and Error cells and the file's own literal for the
/// others (e.g. <c>1234.5</c>, <c>TRUE</c>); <see cref="Number"/> is the value of Number, DateTime
/// (Excel serial) and Boolean (1 or 0) cells. CSV cells are always Text or Empty.
/// </summary>
public readonly record struct Cell(CellKind Kind, string Text, double Number)
{
    public static readonly Cell Empty = new(CellKind.Empty, "", 0);

    public bool IsEmpty => Kind == CellKind.Empty || (Kind == CellKind.Text && string.IsNullOrWhiteSpace(Text));
}
