using System.Globalization;

namespace ProviderBenchmark;

/// <summary>Command-line options; run.sh passes the paths of the C and Node contenders.</summary>
public sealed record BenchmarkOptions
{
    /// <summary>The compiled C floor program.</summary>
    public required string FloorProgram { get; init; }

    /// <summary>The folder holding read.mjs and its node_modules.</summary>
    public required string NodeFolder { get; init; }

    /// <summary>Scratch folder for the CSV file.</summary>
    public required string WorkFolder { get; init; }

    /// <summary>The libduckdb.so the C program links to (the one DuckDB.NET.Data.Full put beside this program).</summary>
    public required string Library { get; init; }

    public int Runs { get; init; } = 5;

    public int WarmUps { get; init; } = 1;

    public long ReadRows { get; init; } = 10_000_000;

    public int AppendRows { get; init; } = 1_000_000;

    /// <summary><c>read</c>, <c>append</c> or both (null).</summary>
    public string? Only { get; init; }

    public static BenchmarkOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Expected an option, got '{args[i]}'.");
            values[args[i][2..]] = args[i + 1];
        }
        if (args.Length % 2 != 0) throw new ArgumentException($"Option '{args[^1]}' has no value.");
        string Required(string key) => values.TryGetValue(key, out var v) ? v : throw new ArgumentException($"--{key} is required.");
        int Number(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchmarkOptions
        {
            FloorProgram = Required("floor"),
            NodeFolder = Required("node"),
            WorkFolder = Required("work"),
            Library = Required("library"),
            Runs = Number("runs", 5),
            WarmUps = Number("warmups", 1),
            ReadRows = Number("read-rows", 10_000_000),
            AppendRows = Number("append-rows", 1_000_000),
            Only = values.GetValueOrDefault("only"),
        };
    }
}
