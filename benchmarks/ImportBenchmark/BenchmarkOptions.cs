using System.Globalization;
using System.Reflection;

namespace ImportBenchmark;

/// <summary>The command line of a benchmark run.</summary>
internal sealed record BenchmarkOptions
{
    /// <summary>The demo scale measured against the goals (1000 ≈ 1M projects, ≈ 10M fund rows).</summary>
    public int Scale { get; init; } = 1000;

    /// <summary>A smaller scale imported too, to show peak memory does not grow with file size; 0 for none.</summary>
    public int CompareScale { get; init; } = 100;

    public IReadOnlyList<string> Formats { get; init; } = ["csv", "xlsx"];

    public int Seed { get; init; } = 2021;

    /// <summary>The as-of date of the demo ledgers: fixed, so the cached files stay valid; the domain's worked example date, where scale 1000 gives ≈ 1.9M projects and ≈ 9.9M fund rows.</summary>
    public DateOnly Today { get; init; } = new(2021, 11, 30);

    /// <summary>Also time each file read as bare rows and as parsed rows, to show where the import's time goes.</summary>
    public bool Stages { get; init; } = true;

    /// <summary>Only generate the cached ledgers, measure nothing.</summary>
    public bool PrepareOnly { get; init; }

    /// <summary>Cache of generated ledgers and scratch space for the imports.</summary>
    public string OutDirectory { get; init; } = Path.Combine(ProjectDirectory(), "out");

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--prepare")
            {
                options = options with { PrepareOnly = true };
                continue;
            }
            if (args[i] == "--no-stages")
            {
                options = options with { Stages = false };
                continue;
            }
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--scale" => options with { Scale = int.Parse(value, CultureInfo.InvariantCulture) },
                "--compare-scale" => options with { CompareScale = int.Parse(value, CultureInfo.InvariantCulture) },
                "--formats" => options with { Formats = value.Split(',', StringSplitOptions.RemoveEmptyEntries) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--today" => options with { Today = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) },
                "--out" => options with { OutDirectory = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}; options: --scale N --compare-scale N --formats csv,xlsx --seed S --today yyyy-MM-dd --out DIR --prepare --no-stages"),
            };
            i++;
        }
        if (options.Formats.Any(f => f is not ("csv" or "xlsx"))) throw new ArgumentException("--formats takes csv and/or xlsx");
        return options;
    }

    /// <summary>The scales to import, smaller first.</summary>
    public IReadOnlyList<int> Scales => CompareScale > 0 && CompareScale != Scale ? [CompareScale, Scale] : [Scale];

    private static string ProjectDirectory() =>
        typeof(BenchmarkOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value ?? Directory.GetCurrentDirectory();
}
