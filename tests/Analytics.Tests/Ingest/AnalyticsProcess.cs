using System.Diagnostics;
using System.Text;

namespace Analytics.Tests.Ingest;

/// <summary>Runs the built <c>analytics</c> executable (<c>dotnet analytics.dll VERB …</c>) as a separate process.</summary>
internal static class AnalyticsProcess
{
    /// <summary>analytics.dll from the build output: next to this assembly (the project reference copies it), else under src/Analytics/bin.</summary>
    public static string Dll { get; } = FindDll();

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
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string FindDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "analytics.dll");
        if (File.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var bin = Path.Combine(dir.FullName, "src", "Analytics", "bin");
            if (!Directory.Exists(bin)) continue;
            var built = Directory.GetFiles(bin, "analytics.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
            if (built is not null) return built;
        }
        throw new FileNotFoundException("analytics.dll not found: build src/Analytics first");
    }
}
