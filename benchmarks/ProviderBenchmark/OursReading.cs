using System.Globalization;
using Analytics.DuckDb;

namespace ProviderBenchmark;

/// <summary>Our DuckDbDataReader reading (BIGINT, DOUBLE, VARCHAR) rows into .NET values.</summary>
public static class OursReading
{
    public const string Label = "ours: DuckDbDataReader";

    public static Contender Create(string sql, string warmUpSql) => new(Label, () => ReadOnce(warmUpSql), () => ReadOnce(sql));

    /// <summary>Streams the query on a fresh in-memory database, summing the values as the other contenders do.</summary>
    public static Sample ReadOnce(string sql)
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
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
