using System.Diagnostics;
using Analytics.Tests.Cli;

namespace Analytics.Tests.Ingest;

/// <summary>Runs the built <c>analytics</c> executable as <see cref="CliRun"/> starts it, with a time limit, or leaves it running.</summary>
internal static class AnalyticsProcess
{
    /// <summary>Runs a verb to its end and gives its exit code and output.</summary>
    public static (int ExitCode, string Out, string Error) Run(TimeSpan timeout, params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"analytics {string.Join(' ', args)} did not finish in {timeout}");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts a verb with standard output and error redirected.</summary>
    public static Process Start(params string[] args) => Process.Start(CliRun.StartInfo(args)) ?? throw new InvalidOperationException("could not start dotnet");

    /// <summary>
    /// Starts a verb on a terminal of its own (a pseudo-terminal from util-linux <c>script</c>), as a user at a console runs
    /// it: progress shows. What the terminal displays (standard output and error together) is the process's standard output.
    /// </summary>
    public static Process StartInTerminal(params string[] args)
    {
        var inner = CliRun.StartInfo(args);
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
        };
        var command = string.Join(' ', inner.ArgumentList.Prepend(inner.FileName).Select(a => "'" + a.Replace("'", "'\\''") + "'"));
        foreach (var arg in new[] { "-q", "-e", "-f", "-c", command, "/dev/null" }) start.ArgumentList.Add(arg);
        foreach (var (key, value) in inner.Environment) start.Environment[key] = value;
        start.Environment.Remove("ANALYTICS_DATA");
        return Process.Start(start) ?? throw new InvalidOperationException("could not start script");
    }
}
