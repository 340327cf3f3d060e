namespace Analytics.Core.Ingest.Store;

/// <summary>Tells a full disk apart from other write failures (from .NET or from DuckDB).</summary>
public static class DiskSpace
{
    private const int EnoSpc = 28;
    private const int ErrorDiskFull = unchecked((int)0x80070070);

    public static bool IsFull(Exception e) =>
        e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) || e.HResult == EnoSpc || e.HResult == ErrorDiskFull;
}
