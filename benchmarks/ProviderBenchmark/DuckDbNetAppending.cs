using Dapper;
using DuckDB.NET.Data;

namespace ProviderBenchmark;

/// <summary>DuckDB.NET's DuckDBAppender filling the ledger table, and DuckDB's read_csv of the same rows.</summary>
public static class DuckDbNetAppending
{
    public const string AppenderLabel = "DuckDB.NET 1.5.6.1: DuckDBAppender";
    public const string CsvLabel = "DuckDB read_csv (insert … select)";

    public static Contender CreateAppender(LedgerRows rows) => new(AppenderLabel, () => AppendOnce(rows), () => AppendOnce(rows));

    public static Contender CreateReadCsv(string csvPath) => new(CsvLabel, () => ReadCsvOnce(csvPath), () => ReadCsvOnce(csvPath));

    /// <summary>
    /// Appends every row to a fresh table; the time covers creating, filling and closing the appender,
    /// the allocation figure the append loop alone.
    /// </summary>
    public static Sample AppendOnce(LedgerRows rows)
    {
        using var connection = OpenWithTable();
        GC.Collect();
        var clock = new ProcessClock();
        clock.Start();
        long allocated;
        using (var appender = connection.CreateAppender("ledger"))
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            AppendAll(appender, rows);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            appender.Close();
        }
        clock.Stop();
        return new Sample(clock.Seconds, clock.CpuSeconds, Fingerprint(connection), (double)allocated / rows.Count);
    }

    /// <summary>Inserts the CSV file's rows into a fresh table with DuckDB's read_csv.</summary>
    public static Sample ReadCsvOnce(string csvPath)
    {
        using var connection = OpenWithTable();
        var sql = LedgerRows.InsertFromCsvSql(csvPath);
        var clock = new ProcessClock();
        clock.Start();
        connection.Execute(sql);
        clock.Stop();
        return new Sample(clock.Seconds, clock.CpuSeconds, Fingerprint(connection));
    }

    private static void AppendAll(DuckDBAppender appender, LedgerRows rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            appender.CreateRow()
                .AppendValue(rows.ProjectId[i])
                .AppendValue(rows.Name[i])
                .AppendValue(rows.Region[i])
                .AppendValue(rows.Chain[i])
                .AppendValue(rows.FundSource[i])
                .AppendValue(rows.Investment[i])
                .AppendValue(rows.SignedOn[i])
                .AppendValue(rows.StartedOn[i])
                .AppendValue(rows.ProducingOn[i])
                .AppendValue(rows.Status[i])
                .EndRow();
        }
    }

    private static DuckDBConnection OpenWithTable()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute(LedgerRows.CreateTableSql);
        return connection;
    }

    private static string Fingerprint(DuckDBConnection connection) => connection.ExecuteScalar<string>(LedgerRows.FingerprintSql)!;
}
