using System.Globalization;

namespace Analytics.Charts.Svg;

/// <summary>Coordinates as SVG text: at most two decimals, invariant culture, never "-0".</summary>
internal static class SvgNumber
{
    public static string Format(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0 || double.IsNaN(rounded)) return "0";
        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
