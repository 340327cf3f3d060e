using Analytics.Charts.Specs;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Plotting;

/// <summary>Which colour each series of a category chart takes.</summary>
internal static class SeriesColors
{
    /// <summary>
    /// One series: the main blue. Two: this year dark, last year light. Three or more: the
    /// members' own colours. A colour set on a series wins.
    /// </summary>
    public static IReadOnlyList<string> For(IReadOnlyList<ChartSeries> series, MemberColors? colors)
    {
        IReadOnlyList<string> chosen = series.Count switch
        {
            1 => [Palette.Primary],
            2 => [Palette.Primary, Palette.PrimaryLight],
            _ => (colors ?? MemberColors.Default).ColorsFor(series.Select(s => s.Name).ToList()),
        };
        return series.Select((s, i) => s.Color ?? chosen[i]).ToList();
    }

    /// <summary>The value of series <paramref name="s"/> at category <paramref name="i"/>; null where missing.</summary>
    public static double? ValueAt(ChartSeries s, int i) =>
        i < s.Values.Count && s.Values[i] is { } v ? (double)v : null;
}
