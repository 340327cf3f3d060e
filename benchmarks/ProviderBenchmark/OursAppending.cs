using Analytics.DuckDb;

namespace ProviderBenchmark;

/// <summary>Our DuckDbAppender filling the ledger table, and DuckDB's read_csv of the same rows.</summary>
public static class OursAppending
{
    public const string AppenderLabel = "ours: DuckDbAppender";
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
