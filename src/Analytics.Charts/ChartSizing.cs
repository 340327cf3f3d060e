using Analytics.Charts.Specs;

namespace Analytics.Charts;

/// <summary>
/// The sizes a chart is drawn at: its own (600 px wide by default) and the narrow rendering for a phone, drawn at
/// <see cref="PhoneWidth"/> so that its text keeps the theme's size (category labels thin out to fit) instead of the
/// desktop image shrunk until its labels are about 5 px.
/// </summary>
public static class ChartSizing
{
    /// <summary>The width in px of a chart on a phone (a 390 px screen less the page's and the figure's margins: 332 px).</summary>
    public const int PhoneWidth = 330;

    /// <summary>The widest screen in px that gets the narrow rendering.</summary>
    public const int PhoneScreenMax = 599;

    /// <summary>The spec drawn <paramref name="width"/> px wide; a wider spec than that stays as it is.</summary>
    public static ChartSpec Narrow(ChartSpec spec, int width = PhoneWidth) =>
        Chart.Size(spec).Width <= width ? spec : spec with { Width = width };
}
