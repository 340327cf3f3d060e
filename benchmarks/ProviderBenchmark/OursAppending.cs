using System.Diagnostics;
using Analytics.DuckDb;

namespace ProviderBenchmark;

/// <summary>Our DuckDbAppender filling the ledger table, and DuckDB's read_csv of the same rows.</summary>
public static class OursAppending
{
    public const string AppenderLabel = "ours: DuckDbAppender";
    public const string CsvLabel = "DuckDB read_csv (insert … select)";

    public static Measurement Append(LedgerRows rows, int warmUps, int runs)
    {
        var seconds = new List<double>();
        var fingerprint = "";
        double allocatedPerRow = 0;
        for (var run = -warmUps; run < runs; run++)
        {
            using var connection = OpenWithTable();
            GC.Collect();
            var clock = Stopwatch.StartNew();
            long allocated;
            using (var appender = connection.CreateAppender("ledger"))
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                AppendAll(appender, rows);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                appender.Close();
            }
            clock.Stop();
            if (run < 0) continue;
            seconds.Add(clock.Elapsed.TotalSeconds);
            fingerprint = Fingerprint(connection);
            allocatedPerRow = (double)allocated / rows.Count;
        }
        return new Measurement(AppenderLabel, seconds, fingerprint, allocatedPerRow);
    }

    public static Measurement ReadCsv(string csvPath, int warmUps, int runs)
    {
        var seconds = new List<double>();
        var fingerprint = "";
        var sql = LedgerRows.InsertFromCsvSql(csvPath);
        for (var run = -warmUps; run < runs; run++)
        {
            using var connection = OpenWithTable();
            var clock = Stopwatch.StartNew();
            connection.Execute(sql);
            clock.Stop();
            if (run < 0) continue;
            seconds.Add(clock.Elapsed.TotalSeconds);
            fingerprint = Fingerprint(connection);
        }
        return new Measurement(CsvLabel, seconds, fingerprint);
    }

    private static void AppendAll(DuckDbAppender appender, LedgerRows rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            appender.CreateRow()
                .Append(rows.ProjectId[i])
                .Append(rows.Name[i])
                .Append(rows.Region[i])
                .Append(rows.Chain[i])
                .Append(rows.FundSource[i])
                .Append(rows.Investment[i])
                .Append(rows.SignedOn[i])
                .Append(rows.StartedOn[i])
                .Append(rows.ProducingOn[i])
                .Append(rows.Status[i])
                .EndRow();
        }
    }

    private static DuckDbConnection OpenWithTable()
    {
        var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute(LedgerRows.CreateTableSql);
        return connection;
    }

    private static string Fingerprint(DuckDbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = LedgerRows.FingerprintSql;
        return (string)command.ExecuteScalar()!;
    }
}
