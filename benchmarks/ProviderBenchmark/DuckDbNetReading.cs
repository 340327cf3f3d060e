using System.Globalization;
using DuckDB.NET.Data;

namespace ProviderBenchmark;

/// <summary>DuckDB.NET's DuckDBDataReader reading (BIGINT, DOUBLE, VARCHAR) rows into .NET values, streaming or buffered.</summary>
public static class DuckDbNetReading
{
    public const string StreamingLabel = "DuckDB.NET 1.5.6.1, streaming";
    public const string BufferedLabel = "DuckDB.NET 1.5.6.1, default (buffered)";

    public static Contender Create(string sql, string warmUpSql, bool streaming) =>
        new(streaming ? StreamingLabel : BufferedLabel, () => ReadOnce(warmUpSql, streaming), () => ReadOnce(sql, streaming));

    /// <summary>Reads the query on a fresh in-memory database, summing the values as the other contenders do.</summary>
    public static Sample ReadOnce(string sql, bool streaming)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        GC.Collect();

        var clock = new ProcessClock();
        clock.Start();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long rows = 0, ints = 0, chars = 0;
        double doubles = 0;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = sql;
            command.UseStreamingMode = streaming;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (!reader.IsDBNull(0)) ints += reader.GetInt64(0);
                if (!reader.IsDBNull(1)) doubles += reader.GetDouble(1);
                if (!reader.IsDBNull(2)) chars += reader.GetString(2).Length;
                rows++;
            }
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        clock.Stop();

        var fingerprint = string.Create(CultureInfo.InvariantCulture, $"rows={rows};ints={ints};doubles={doubles:F1};chars={chars}");
        return new Sample(clock.Seconds, clock.CpuSeconds, fingerprint, (double)allocated / Math.Max(rows, 1));
    }
}
