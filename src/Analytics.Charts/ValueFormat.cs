using System.Globalization;

namespace Analytics.Charts;

/// <summary>
/// How a chart writes its values: the unit, the number of decimals, and whether values are
/// fractions shown as percentages. Numbers use the invariant culture with thousands separators
/// and round half away from zero (四舍五入), as the office writes them.
/// </summary>
/// <param name="Unit">The unit written after a value, e.g. "亿元", "个", "%".</param>
/// <param name="Decimals">Digits after the decimal point.</param>
/// <param name="IsPercent">Values are fractions (0.533) written as percentages (53.3%).</param>
/// <param name="SpaceBeforeUnit">A space stands between number and unit ("1,447.0 亿元"), not for "643个" or "53.3%".</param>
public sealed record ValueFormat(string Unit, int Decimals, bool IsPercent = false, bool SpaceBeforeUnit = true)
{
    /// <summary>Amounts in 亿元 with one decimal: 1,447.0 亿元.</summary>
    public static ValueFormat Yi { get; } = new("亿元", 1);

    /// <summary>Amounts in 万元 with one decimal: 12.3 万元.</summary>
    public static ValueFormat Wan { get; } = new("万元", 1);

    /// <summary>Fractions as percentages with one decimal: 0.533 → 53.3%.</summary>
    public static ValueFormat Percent { get; } = new("%", 1, IsPercent: true, SpaceBeforeUnit: false);

    /// <summary>Whole counts followed by a measure word, e.g. 643个.</summary>
    public static ValueFormat Count(string unit = "个") => new(unit, 0, SpaceBeforeUnit: false);

    /// <summary>
    /// The format of a target indicator's values by its name: amounts where it is in 亿元 ("实际到位资金(亿元)"), else
    /// whole counts of projects ("新签约亿元以上项目数": 133, never 133.0).
    /// </summary>
    public static ValueFormat ForIndicator(string indicator) =>
        indicator.EndsWith("(亿元)", StringComparison.Ordinal) || indicator.EndsWith("（亿元）", StringComparison.Ordinal) ? Yi : Count("个");

    /// <summary>The value with its unit: "1,447.0 亿元", "53.3%", "643个".</summary>
    public string Format(decimal value) =>
        IsPercent ? FormatNumber(value) : FormatNumber(value) + (SpaceBeforeUnit && Unit.Length > 0 ? " " : "") + Unit;

    /// <summary>The value without its unit, percent values with their % sign: "1,447.0", "53.3%".</summary>
    public string FormatNumber(decimal value) =>
        IsPercent ? Number(value * 100m, Decimals) + "%" : Number(value, Decimals);

    /// <summary>The value without any unit or sign: "1,447.0", "53.3" (for axis ticks and tables with the unit in the header).</summary>
    public string FormatBare(decimal value) => Number(IsPercent ? value * 100m : value, Decimals);

    /// <summary>Thousands separators, fixed decimals, half away from zero, the minus sign − (<see cref="NumberStyle"/>), never "−0.0".</summary>
    internal static string Number(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0m) rounded = 0m; // drops the sign of a negative zero
        return NumberStyle.Negative(rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }
}
