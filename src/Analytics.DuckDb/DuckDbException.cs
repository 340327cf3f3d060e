using System.Data.Common;

namespace Analytics.DuckDb;

/// <summary>An error reported by DuckDB; the message is DuckDB's own.</summary>
public sealed class DuckDbException(string message) : DbException(message)
{
}
