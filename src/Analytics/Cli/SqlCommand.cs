using System.CommandLine;
using Analytics.Core.Ingest.Store;
using DuckDB.NET.Data;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics sql "SELECT …" [--data DIR]</c>: runs read-only SQL against the current data version. The database is
/// opened read-only and sandboxed (no file access), and the result is streamed.
/// </summary>
internal static class SqlCommand
{
    public static Command Create()
    {
        var sql = new Argument<string>("SQL") { Description = "一条只读 SQL，如 \"select count(*) from raw.projects\" / one read-only SQL statement" };
        var data = CliOptions.Data();
        var command = new Command("sql", "对当前数据版本执行只读 SQL / read-only SQL on the current data version") { sql, data };
        command.SetAction(parse => Run(parse.DataDirectory(data), parse.GetValue(sql)!));
        return command;
    }

    private static int Run(string dataDirectory, string sql)
    {
        using var connection = new DataStore(dataDirectory).OpenCurrent(sandboxed: true);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.UseStreamingMode = true;
        try
        {
            using var reader = command.ExecuteReader();
            ResultTable.Write(reader, Terminal.Out);
            return 0;
        }
        catch (DuckDBException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
