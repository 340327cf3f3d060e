namespace Analytics.Core.Dashboards.Blocks;

/// <summary>The block kinds by name, and the info strings that stay ordinary code (text, code, plain; or none).</summary>
internal static class BlockKinds
{
    private static readonly Dictionary<string, IBlock> Kinds = new(StringComparer.Ordinal)
    {
        ["kpis"] = new KpiBlock(),
        ["chart"] = new ChartBlock(),
        ["ranking"] = new RankingBlock(),
        ["lights"] = new LightsBlock(),
        ["projects"] = new ProjectsBlock(),
        ["narrative"] = new NarrativeBlock(),
        ["summary"] = new SummaryBlock(),
        ["bulletin"] = new BulletinBlock(),
        ["standing"] = new StandingBlock(),
    };

    private static readonly string[] PlainCode = ["", "text", "code", "plain", "txt"];

    public static IReadOnlyCollection<string> Names => Kinds.Keys;

    public static IBlock? Find(string kind) => Kinds.GetValueOrDefault(kind);

    /// <summary>Whether a fenced block with this info string is a dashboard block (known or not) rather than code to show.</summary>
    public static bool IsBlock(string? info) => !PlainCode.Contains((info ?? "").Trim());
}
