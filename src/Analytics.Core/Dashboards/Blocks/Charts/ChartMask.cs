namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary>
/// Withholds, for a public viewer, every value of a chart built from fewer than 3 projects (the values the
/// complementary rules withhold arrive null already, see <see cref="Suppression.PublicFigures"/>).
/// </summary>
internal static class ChartMask
{
    /// <summary>The data with withheld values null, and the categories whose first-series value was withheld.</summary>
    public static (ChartData Data, IReadOnlySet<int> Hidden) Apply(ChartData data, BlockContext context)
    {
        var hidden = new HashSet<int>();
        var series = data.Series.Select((s, si) => s with
        {
            Values = s.Values.Select((v, i) =>
            {
                // A value already withheld by the disclosure rules arrives null with 0 projects: it counts as withheld too.
                if (!context.Hide(s.Projects[i])) return v;
                if (si == 0) hidden.Add(i);
                return null;
            }).ToList(),
        }).ToList();
        return (data with { Series = series }, hidden);
    }

    /// <summary>A note naming how many members a chart leaves out because they were withheld.</summary>
    public static string? Note(int hidden, string categoryName) =>
        hidden == 0 ? null : $"另有{hidden}个{categoryName}涉及项目少于3个，依规不予公开。";
}
