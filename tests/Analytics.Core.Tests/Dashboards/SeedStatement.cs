using System.Globalization;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>One row of <c>statements.tsv</c>: a checkable statement of a seed text and where the product produces and writes it.</summary>
public sealed record SeedStatement(
    int Line, string Seed, string Statement, string Kind, string Source, string Model, string Format, string Page, string Marker, DateOnly AsOf, string Note)
{
    public const string File = "Seeds/statements.tsv";

    public static readonly string[] Sources = ["ledger", "ledger2", "outside"];

    public static readonly string[] Kinds = ["count", "amount", "change", "share", "rate", "target", "rank", "list", "duration"];

    public static readonly string[] Formats = ["count", "yi", "yi2", "pct", "pct2", "days", "text"];

    /// <summary>From the ledgers of either edition.</summary>
    public bool Producible => Source != "outside";

    public bool Produced => Model.Length > 0;

    public bool Written => Page.Length > 0;

    /// <summary>The worked example's number the demo must give, from <c>exact=N</c> in the note.</summary>
    public string? Exact => Note.StartsWith("exact=", StringComparison.Ordinal) ? Note["exact=".Length..] : null;

    public override string ToString() => $"line {Line} ({Seed}) {Statement}";

    public static IReadOnlyList<SeedStatement> ReadAll()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, File);
        var rows = new List<SeedStatement>();
        var lines = System.IO.File.ReadAllLines(path);
        var header = true;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#') || lines[i].Length == 0) continue;
            var f = lines[i].Split('\t');
            if (f.Length != 10) throw new FormatException($"{File} line {i + 1}: {f.Length} fields, expected 10");
            if (header)
            {
                header = false;
                continue;
            }
            rows.Add(new SeedStatement(i + 1, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], DateOnly.ParseExact(f[8], "yyyy-MM-dd", CultureInfo.InvariantCulture), f[9]));
        }
        return rows;
    }
}
