namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// What a ledger file may hold before it is refused, checked before or while the content is read so
/// that a crafted file (a zip bomb, a giant string) ends in a located error with bounded memory.
/// Together they bound what the xlsx reader holds: shared strings at most
/// <see cref="MaxSharedStringChars"/> characters (256 MiB) in at most <see cref="MaxSharedStrings"/>
/// strings (about 128 MiB of objects), plus one row of at most 16,384 cells of <see cref="MaxCellLength"/> characters.
/// </summary>
public static class SpreadsheetLimits
{
    /// <summary>Longest cell or CSV field, in characters: far above Excel's 32,767, it stops a missing closing quote or a giant string.</summary>
    public const int MaxCellLength = 1 << 20;

    /// <summary>Most entries of an xlsx shared strings table (4,194,304): a ledger of a million projects needs about three million.</summary>
    public const int MaxSharedStrings = 1 << 22;

    /// <summary>Most characters in all shared strings together (134,217,728, 256 MiB as .NET strings).</summary>
    public const long MaxSharedStringChars = 1L << 27;

    /// <summary>Largest uncompressed size of the shared strings part (1 GiB), as the zip declares it, checked before it is read.</summary>
    public const long MaxSharedStringsPartBytes = 1L << 30;

    /// <summary>Largest uncompressed size of the other small parts (workbook, relationships, styles: 64 MiB), checked before they are read.</summary>
    public const long MaxSmallPartBytes = 1L << 26;
}
