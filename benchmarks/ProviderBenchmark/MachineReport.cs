using System.Runtime.InteropServices;
using System.Security.Cryptography;
using DuckDB.NET.Data;

namespace ProviderBenchmark;

/// <summary>The header of the report: when, where, and proof that every contender loads the same libduckdb.so.</summary>
public static class MachineReport
{
    public static bool Print(BenchmarkOptions options)
    {
        Console.WriteLine($"Provider benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"machine: {CpuModel()}, {Environment.ProcessorCount} logical CPUs, {RuntimeInformation.OSDescription}");
        Console.WriteLine($".NET {Environment.Version} (Release, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC); DuckDB {new DuckDBConnection().ServerVersion}");
        var libraries = new[]
        {
            ("DuckDB.NET", Path.Combine(AppContext.BaseDirectory, "libduckdb.so")),
            ("C", options.Library),
            ("Node", Path.Combine(options.NodeFolder, "node_modules", "@duckdb", "node-bindings-linux-x64", "libduckdb.so")),
        };
        var hashes = libraries.Select(l => (l.Item1, l.Item2, Hash: Sha256(l.Item2))).ToArray();
        foreach (var (who, path, hash) in hashes) Console.WriteLine($"libduckdb.so ({who}): sha256 {hash[..16]}… {path}");
        var same = hashes.Select(h => h.Hash).Distinct().Count() == 1;
        Console.WriteLine(same ? "every contender loads the same libduckdb.so" : "WARNING: the contenders load different libduckdb.so files");
        return same;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string CpuModel()
    {
        const string key = "model name";
        var line = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) : null;
        return line?[(line.IndexOf(':') + 1)..].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
