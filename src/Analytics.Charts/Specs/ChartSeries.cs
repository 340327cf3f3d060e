namespace Analytics.Charts.Specs;

/// <summary>A named row of values, one per category; null where there is no value (e.g. months to come).</summary>
/// <param name="Name">Series name shown in the legend and table, e.g. "2021年".</param>
/// <param name="Values">One value per category, in the spec's unit.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values)
{
    /// <summary>A colour (#RRGGBB) overriding the chart's choice.</summary>
    public string? Color { get; init; }

    /// <summary>
    /// A series of running totals of <paramref name="values"/> (monthly amounts → cumulative to
    /// date); a null month stays null and adds nothing.
    /// </summary>
    public static ChartSeries Cumulative(string name, IReadOnlyList<decimal?> values)
    {
        var total = 0m;
        var result = new decimal?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } v) continue;
            total += v;
            result[i] = total;
        }
        return new ChartSeries(name, result);
    }
}
