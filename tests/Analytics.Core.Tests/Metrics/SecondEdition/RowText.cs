using System.Globalization;

namespace Analytics.Core.Tests.Metrics.SecondEdition;

/// <summary>Model rows as text for comparison: chosen columns joined by <c> | </c>; null ∅, decimals without trailing zeros, fractions to 6 places.</summary>
public static class RowText
{
    public static string[] Of(IEnumerable<Dictionary<string, object?>> rows, params string[] columns) =>
        rows.Select(r => string.Join(" | ", columns.Select(c => Show(r[c])))).ToArray();

    private static string Show(object? value) => value switch
    {
        null => "∅",
        decimal m => m.ToString("0.##########", CultureInfo.InvariantCulture),
        double d => Math.Round(d, 6).ToString("0.######", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
