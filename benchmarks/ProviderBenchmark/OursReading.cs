using System.Diagnostics;
using System.Globalization;
using Analytics.DuckDb;

namespace ProviderBenchmark;

/// <summary>Our DuckDbDataReader reading (BIGINT, DOUBLE, VARCHAR) rows into .NET values.</summary>
public static class OursReading
{
    public const string Label = "ours: DuckDbDataReader";

    public static Measurement Run(string sql, int warmUps, int runs)
    {
        var seconds = new List<double>();
        var fingerprint = "";
        double allocatedPerRow = 0;
        for (var run = -warmUps; run < runs; run++)
        {
            var (elapsed, print, rows, allocated) = ReadOnce(sql);
            if (run < 0) continue;
            seconds.Add(elapsed);
            fingerprint = print;
            allocatedPerRow = (double)allocated / rows;
        }
        return new Measurement(Label, seconds, fingerprint, allocatedPerRow);
    }

    private static (double Seconds, string Fingerprint, long Rows, long Allocated) ReadOnce(string sql)
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        GC.Collect();

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
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
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        var fingerprint = string.Create(CultureInfo.InvariantCulture, $"rows={rows};ints={ints};doubles={doubles:F1};chars={chars}");
        return (clock.Elapsed.TotalSeconds, fingerprint, rows, allocated);
    }
}
