using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;

namespace ImportBenchmark;

/// <summary>
/// The floor, measured as a child process like the import: <c>--read-csv-floor DATABASE FILE…</c> lets
/// DuckDB itself load each CSV file into a table of a new database file
/// (<c>create table … as select * from read_csv(…)</c>, through our provider), then checkpoints.
/// </summary>
internal static class ReadCsvFloorMode
{
    public static int Run(IReadOnlyList<string> args)
    {
        var (database, files) = (args[0], args.Skip(1).ToList());
        var cpuAtStart = ProcessCpu.Seconds();
        var clock = Stopwatch.StartNew();
        var figures = new List<FileResult>();
        using (var connection = new DuckDBConnection($"Data Source={database}"))
        {
            connection.Open();
            for (var i = 0; i < files.Count; i++)
            {
                var (fileClock, fileCpu) = (Stopwatch.StartNew(), ProcessCpu.Seconds());
                connection.Execute($"create table ledger{i} as select * from read_csv('{files[i].Replace("'", "''")}')");
                var (elapsed, cpu) = (fileClock.Elapsed, ProcessCpu.Seconds() - fileCpu);
                var rows = Count(connection, $"ledger{i}");
                var name = Path.GetFileName(files[i]);
                ChildProtocol.WriteProgress(name, rows, elapsed);
                figures.Add(new FileResult(name, rows, elapsed.TotalSeconds, cpu));
            }
            connection.Execute("checkpoint");
        }
        ChildProtocol.WriteResult(new ChildResult(true, null, figures, clock.Elapsed.TotalSeconds, ProcessCpu.Seconds() - cpuAtStart, ProcStatus.OwnPeakKb()));
        return 0;
    }

    private static long Count(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"select count(*) from {table}";
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
