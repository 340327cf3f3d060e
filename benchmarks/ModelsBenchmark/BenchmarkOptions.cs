using System.Globalization;

namespace ModelsBenchmark;

/// <summary>The command line: <c>--scale N --queries N --today yyyy-MM-dd --seed S [--no-snapshots] [--import-only] [--rankings N] [--threads N] [--breakdown]</c> (--rankings: measure only the first N rankings; --threads: DuckDB threads of the query connection; --breakdown: time each model alone).</summary>
internal sealed record BenchmarkOptions(int Scale, int Queries, DateOnly Today, int Seed, bool SkipSnapshots, bool ImportOnly, int RankingLimit, int? Threads, bool Breakdown)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions(1000, 200, new DateOnly(2021, 11, 30), 2021, false, false, int.MaxValue, null, false);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--scale" => options with { Scale = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--queries" => options with { Queries = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--today" => options with { Today = DateOnly.ParseExact(Next(), "yyyy-MM-dd", CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--no-snapshots" => options with { SkipSnapshots = true },
                "--import-only" => options with { ImportOnly = true },
                "--breakdown" => options with { Breakdown = true },
                "--threads" => options with { Threads = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--rankings" => options with { RankingLimit = int.Parse(Next(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}; expected --scale N --queries N --today yyyy-MM-dd --seed S --no-snapshots --import-only --rankings N --threads N --breakdown"),
            };
        }
        return options;
    }
}
