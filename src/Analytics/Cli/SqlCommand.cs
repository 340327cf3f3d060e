using Analytics.Core.Ingest.Store;
using DuckDB.NET.Data;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics sql "SELECT …" [--data DIR]</c>: runs read-only SQL against the current data version. The database is
/// opened read-only and sandboxed (no file access), and the result is streamed.
/// </summary>
internal static class SqlCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var arguments = Arguments.Parse(args, ["data"], []);
        if (arguments.Help || arguments.Positional.Count != 1)
        {
            Console.WriteLine("用法 / usage: analytics sql \"select … from raw.projects\" [--data DIR]");
            return Task.FromResult(arguments.Help ? 0 : 2);
        }
        using var connection = new DataStore(arguments.DataDirectory).OpenCurrent(sandboxed: true);
        using var command = connection.CreateCommand();
        command.CommandText = arguments.Positional[0];
        command.UseStreamingMode = true;
        try
        {
            using var reader = command.ExecuteReader();
            TablePrinter.Print(reader, Console.Out);
            return Task.FromResult(0);
        }
        catch (DuckDBException e)
        {
            Console.Error.WriteLine(e.Message);
            return Task.FromResult(1);
        }
    }
}
