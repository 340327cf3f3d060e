using System.Globalization;
using Analytics.Charts.Specs;
using Analytics.Charts.Text;

namespace Analytics.Charts.Tables;

/// <summary>Builds the data table of each kind of chart.</summary>
internal static class ChartTables
{
    public static ChartTable For(ChartSpec spec) => spec switch
    {
        BarChartSpec s => Categories(s.Title, s.CategoryName, s.Categories, s.Series, s.Format),
        RankingChartSpec s => Ranked(s),
        _ => throw new ArgumentException($"Unknown chart spec {spec.GetType().Name}.", nameof(spec)),
    };

    /// <summary>"2021年（亿元）": a column header with its unit.</summary>
    internal static string Header(string name, ValueFormat format) =>
        format.Unit.Length == 0 ? TextFit.Clean(name) : $"{TextFit.Clean(name)}（{format.Unit}）";

    internal static string? Cell(decimal? value, ValueFormat format) => value is { } v ? format.FormatBare(v) : null;

    private static ChartTable Ranked(RankingChartSpec spec) => new(
        TextFit.Clean(spec.Title),
        ["排名", TextFit.Clean(spec.NameHeader), Header("数值", spec.Format)],
        Rendering.Ranking.Order(spec.Items)
            .Select(r => (IReadOnlyList<string?>)[r.Rank.ToString(CultureInfo.InvariantCulture), r.Name, Cell(r.Value, spec.Format)])
            .ToList());

    private static ChartTable Categories(string title, string categoryName, IReadOnlyList<string> categories,
        IReadOnlyList<ChartSeries> series, ValueFormat format)
    {
        var headers = new List<string> { TextFit.Clean(categoryName) };
        headers.AddRange(series.Select(s => Header(s.Name, format)));
        var rows = categories.Select((c, i) =>
        {
            var row = new List<string?> { TextFit.Clean(c) };
            row.AddRange(series.Select(s => Cell(i < s.Values.Count ? s.Values[i] : null, format)));
            return (IReadOnlyList<string?>)row;
        }).ToList();
        return new ChartTable(TextFit.Clean(title), headers, rows);
    }
}
