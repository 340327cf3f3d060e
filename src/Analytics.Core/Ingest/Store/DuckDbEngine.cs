using DuckDB.NET.Data;

namespace Analytics.Core.Ingest.Store;

/// <summary>
/// The few facts about the engine that the product needs in more than one place. Connections come from
/// DuckDB.NET (<c>DuckDB.NET.Data.Full</c>); every other key of a connection string is a DuckDB setting.
/// </summary>
public static class DuckDbEngine
{
    /// <summary>DuckDB's library version, e.g. <c>v1.5.6</c>, read without opening a database.</summary>
    public static string Version { get; } = new DuckDBConnection().ServerVersion;

    /// <summary>
    /// A read-only connection string for a database file. DuckDB.NET opens a file once per process and shares it
    /// between its connections, so the settings of the first connection to a path hold for all of them.
    /// </summary>
    public static string ReadOnly(string path, string? memoryLimit = null) =>
        $"Data Source={path};access_mode=READ_ONLY" + (memoryLimit is null ? "" : $";memory_limit={memoryLimit}");
}
