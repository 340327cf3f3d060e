namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>What the first bytes of a file say it is.</summary>
internal enum FileKind
{
    /// <summary>No bytes, or only white space (and perhaps a byte order mark).</summary>
    Empty,
    /// <summary>A zip archive (local file header first), perhaps an xlsx package.</summary>
    Zip,
    /// <summary>An OLE compound file: a legacy .xls or an encrypted workbook.</summary>
    Ole,
    /// <summary>Text without NUL bytes, read as CSV.</summary>
    Text,
    /// <summary>Text in an encoding the CSV reader does not take: UTF-32, or UTF-16 without a byte order mark.</summary>
    UnsupportedText,
    /// <summary>Anything else: images, PDF, archives of other kinds.</summary>
    Binary,
}
