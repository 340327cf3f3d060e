using System.Data.Common;
using Analytics.Core.Ingest.Store;

namespace Analytics;

/// <summary>A model's rows as name → value maps, for JSON (the CLI's <c>query --format json</c> and the API).</summary>
internal static class ModelRows
{
    public static List<Dictionary<string, object?>> ReadAll(DbDataReader reader)
    {
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : DuckDbValues.Plain(reader.GetValue(i));
            rows.Add(row);
        }
        return rows;
    }
}
