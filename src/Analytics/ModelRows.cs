using System.Data.Common;

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
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                {
                    decimal d => d / 1.000000000000000000000000000000000m, // drops trailing zeros
                    Int128 h => (decimal)h,
                    var v => v,
                };
            rows.Add(row);
        }
        return rows;
    }
}
