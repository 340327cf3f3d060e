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
}
