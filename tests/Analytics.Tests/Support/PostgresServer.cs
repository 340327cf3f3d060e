using System.Diagnostics;
using System.Text;
using Npgsql;

namespace Analytics.Tests.Support;

/// <summary>
/// A private PostgreSQL cluster for the tests, from Debian's <c>postgresql</c> package: initdb into a temporary
/// folder (as the <c>postgres</c> user when the tests run as root, since PostgreSQL refuses root), the server on a
/// free loopback port with trust authentication, and everything removed on dispose.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly Process server;
    private readonly StringBuilder log = new();

    public PostgresServer()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null) Assert.Ignore("PostgreSQL is not installed: run scripts/setup.sh test (Debian package postgresql)");
        Root = Path.Combine(Path.GetTempPath(), "analytics-pg", Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Root);
        AsServerUser(Root);
        Port = FreePort.Next();
        var data = Path.Combine(Root, "data");
        Run(Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        server = Start(Path.Combine(bin, "postgres"), "-D", data, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", Root,
            "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=100");
        server.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        server.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        FreePort.WaitUntilListening(Port, TimeSpan.FromSeconds(30), () => { lock (log) return log.ToString(); });
    }

    public string Root { get; }

    public int Port { get; }

    /// <summary>A connection string to <paramref name="database"/> as the superuser.</summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=10";

    /// <summary>Creates a database and returns its connection string.</summary>
    public string CreateDatabase(string name)
    {
        using var connection = new NpgsqlConnection(ConnectionString());
        connection.Open();
        using var command = new NpgsqlCommand($"create database \"{name}\"", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    /// <summary>Runs a SQL script (several statements) against a database.</summary>
    public static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (!server.HasExited)
        {
            // The postmaster runs under runuser: signal it directly (SIGINT is a fast shutdown).
            var pidFile = Path.Combine(Root, "data", "postmaster.pid");
            var postmaster = File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First(), out var pid) ? pid : server.Id;
            Signals.Send(postmaster, "INT");
            if (!server.WaitForExit(TimeSpan.FromSeconds(10))) server.Kill(entireProcessTree: true);
        }
        server.Dispose();
        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static void AsServerUser(string path)
    {
        if (!IsRoot) return;
        using var chown = Process.Start("chown", ["postgres:postgres", path])!;
        chown.WaitForExit();
    }

    private static Process Start(string file, params string[] args)
    {
        var start = new ProcessStartInfo(IsRoot ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (IsRoot) foreach (var arg in new[] { "-u", "postgres", "--", file }) start.ArgumentList.Add(arg);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    private static void Run(string file, params string[] args)
    {
        using var process = Start(file, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {output.Result}{error.Result}");
    }
}
