using System.Globalization;
using Analytics.Charts;
using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary>Small helpers the chart models share: numbers from model rows, units, and dimension names.</summary>
internal static class ModelValues
{
    public static readonly IReadOnlyList<string> Dimensions = Metrics.MetricsReader.Dimensions;

    public static decimal? Number(object? value) => value switch
    {
        null => null,
        double d when double.IsNaN(d) || double.IsInfinity(d) => null,
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    public static long? Count(object? value) => value is null ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    /// <summary>
    /// The fewest projects among columns (a figure built from several groups is as thin as its thinnest); a count
    /// column that is null was withheld from the public: 0.
    /// </summary>
    public static long? Fewest(IReadOnlyDictionary<string, object?> row, IEnumerable<string> columns)
    {
        long? fewest = null;
        foreach (var column in columns)
        {
            var n = row.TryGetValue(column, out var value) && value is null ? 0 : Count(row.GetValueOrDefault(column));
            if (n is { } m) fewest = fewest is { } f ? Math.Min(f, m) : m;
        }
        return fewest;
    }

    public static ValueFormat Format(FigureKind kind) => kind switch
    {
        FigureKind.Count => ValueFormat.Count("个"),
        FigureKind.Ratio => ValueFormat.Percent,
        _ => ValueFormat.Yi,
    };

    /// <summary>地区, 产业链, 资金来源.</summary>
    public static string DimensionName(string dimension) => dimension switch
    {
        "region" => "地区",
        "industry_chain" => "产业链",
        "fund_source" => "资金来源",
        _ => dimension,
    };

    /// <summary>The by option, checked against the three dimensions.</summary>
    public static string Dimension(BlockOptions options) => options.Choice("by", Dimensions);

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture) + "年";
}
