using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards;

/// <summary>
/// The public disclosure rule: a public viewer never sees a project name, an investor, or a figure built from fewer
/// than <see cref="MinimumProjects"/> projects. A count below 3 (0 included) is withheld; an amount is withheld where
/// fewer than 3 projects make it up; a difference, ratio or YoY where either side is. Withheld figures become null
/// (shown as —, with a footnote): nullable numbers serialize as JSON <c>null</c>, and
/// <see cref="DisclosedKpiReport.Suppressed"/> tells a withheld null from a missing value.
/// </summary>
public static class Disclosure
{
    /// <summary>The fewest projects a public figure may be built from.</summary>
    public const int MinimumProjects = 3;

    /// <summary>The notice under a page with withheld figures.</summary>
    public const string Footnote = "— 表示涉及项目少于3个，依规不予公开。";

    /// <summary>Whether a figure built from <paramref name="projects"/> projects is withheld from the public.</summary>
    public static bool Hidden(long projects) => projects < MinimumProjects;

    /// <summary>Whether a figure built from several groups of projects (e.g. both sides of a ratio) is withheld: any group below 3.</summary>
    public static bool Hidden(params long[] projects) => projects.Any(Hidden);

    /// <summary>
    /// The report with each figure withheld by its own projects alone (the primary rule). Public outputs go through
    /// <see cref="Suppression.PublicFigures"/>, which adds the complementary, band and over-time rules.
    /// </summary>
    public static DisclosedKpiReport Mask(KpiReport report) => KpiMasker.Primary(report);

    /// <summary>The report unmasked, in the same shape (for internal viewers).</summary>
    public static DisclosedKpiReport Open(KpiReport report) => KpiMasker.Open(report);

    /// <summary>
    /// A target's progress as the public may see it: the target always; the actual, completion, gap and light only
    /// where the actual is built from 3 projects or more.
    /// </summary>
    public static DisclosedTarget Mask(TargetFigure target) => Disclose(target, mask: true);

    internal static DisclosedTarget Disclose(TargetFigure t, bool mask)
    {
        var hidden = mask && Hidden(t.Projects);
        return new DisclosedTarget(t.Region, t.Indicator, t.Target, hidden ? null : t.Actual, hidden ? null : t.Completion, t.Schedule,
            hidden ? null : t.Light, hidden ? null : t.Gap);
    }

    /// <summary>
    /// A ranking as the public may see it, same order. A row whose value is built from fewer than 3 projects loses its
    /// value, rank, rank change and project count (null); likewise last year's value and rank. The member's name (a
    /// region, chain or fund source) stays.
    /// </summary>
    public static IReadOnlyList<RankingRow> Mask(IReadOnlyList<RankingRow> rows) => rows.Select(Mask).ToList();

    private static RankingRow Mask(RankingRow row)
    {
        var now = row.Projects is not { } p || Hidden(p);
        var before = row.PreviousProjects is not { } q || Hidden(q);
        return row with
        {
            Rank = now ? null : row.Rank,
            Value = now ? null : row.Value,
            Projects = now ? null : row.Projects,
            PreviousValue = before ? null : row.PreviousValue,
            PreviousRank = before ? null : row.PreviousRank,
            PreviousProjects = before ? null : row.PreviousProjects,
            RankChange = now || before ? null : row.RankChange,
        };
    }
}
