namespace KillHarness;

/// <summary>The command line: <c>--runs N</c> (200), <c>--rows N</c> per ledger (30,000), <c>--seed N</c> (1), <c>--work DIR</c> (a temp folder, deleted after).</summary>
public sealed record HarnessOptions(int Runs, int Rows, int Seed, string? Work)
{
    public static HarnessOptions Parse(string[] args)
    {
        var options = new HarnessOptions(200, 30_000, 1, null);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--runs" => options with { Runs = int.Parse(value) },
                "--rows" => options with { Rows = int.Parse(value) },
                "--seed" => options with { Seed = int.Parse(value) },
                "--work" => options with { Work = value },
                _ => throw new ArgumentException($"unknown option {args[i]}; use --runs N --rows N --seed N --work DIR"),
            };
            i++;
        }
        return options;
    }
}
