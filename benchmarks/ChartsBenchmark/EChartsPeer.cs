using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChartsBenchmark;

/// <summary>
/// Runs the ECharts peer in Node: installs its pinned packages with `npm ci` when node_modules is
/// missing, hands it the data, and reads back its per-render times.
/// </summary>
internal static class EChartsPeer
{
    public static string Directory { get; } = Path.Combine(ProjectDirectory(), "echarts");

    public static void EnsureInstalled()
    {
        if (System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "echarts"))) return;
        Console.WriteLine("Installing the ECharts peer (npm ci) …");
        Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], TimeSpan.FromMinutes(5));
    }

    /// <summary>Per kind: the stats of one render (ms), its SVG size in bytes, and the ECharts version.</summary>
    public static (string Version, Dictionary<string, (Stats Stats, int Bytes)> Kinds) Measure(JsonObject kinds, int runs, int iterations, int warmup)
    {
        var input = Path.Combine(Path.GetTempPath(), $"charts-benchmark-{Environment.ProcessId}.json");
        File.WriteAllText(input, new JsonObject
        {
            ["kinds"] = kinds, ["runs"] = runs, ["iterations"] = iterations, ["warmup"] = warmup,
        }.ToJsonString());
        try
        {
            var output = Run("node", ["bench.mjs", input], TimeSpan.FromMinutes(20));
            using var doc = JsonDocument.Parse(output);
            var result = new Dictionary<string, (Stats, int)>();
            foreach (var kind in doc.RootElement.GetProperty("kinds").EnumerateObject())
            {
                var times = kind.Value.GetProperty("runs").EnumerateArray().Select(e => e.GetDouble()).ToList();
                result[kind.Name] = (Stats.Of(times), kind.Value.GetProperty("bytes").GetInt32());
            }
            return (doc.RootElement.GetProperty("version").GetString()!, result);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string Run(string file, string[] arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in {timeout}.");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }

    private static string ProjectDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;
}
