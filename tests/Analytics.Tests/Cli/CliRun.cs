using System.Diagnostics;
using System.Text;

namespace Analytics.Tests.Cli;

/// <summary>
/// Runs the real executable, <c>dotnet analytics.dll …</c>, from the Analytics project's build output (the configuration
/// this test assembly was built in), with <c>ANALYTICS_HOME</c> at the repository root so that <c>sql/</c> is found.
/// </summary>
public static class CliRun
{
    /// <summary>The checkout: the folder above the tests that holds <c>sql/staging</c>.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Executable { get; } = FindExecutable();

    /// <summary>How every test starts the executable: <c>dotnet analytics.dll ARGS</c>, UTF-8 output redirected, <c>ANALYTICS_HOME</c> set, <c>ANALYTICS_DATA</c> not.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Executable);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ANALYTICS_HOME"] = RepositoryRoot;
        start.Environment.Remove("ANALYTICS_DATA");
        return start;
    }

    /// <summary>Runs a verb to its end (2 minutes at most).</summary>
    public static (int ExitCode, string Output, string Error) Analytics(params string[] args) => Ingest.AnalyticsProcess.Run(TimeSpan.FromMinutes(2), args);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "sql", "staging")) && Directory.Exists(Path.Combine(dir.FullName, "src", "Analytics")))
                return dir.FullName;
        throw new DirectoryNotFoundException("the repository root (with sql/ and src/Analytics) is not above " + AppContext.BaseDirectory);
    }

    private static string FindExecutable()
    {
        // bin/<Configuration>/<framework>/ of this test project, mirrored in src/Analytics.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var path = Path.Combine(RepositoryRoot, "src", "Analytics", "bin", configuration, framework.Name, "analytics.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/Analytics first", path);
    }
}
