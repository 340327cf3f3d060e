using ScottPlot;
using ScottPlot.TickGenerators;

namespace Analytics.Charts.Plotting;

/// <summary>Value axes in the office's number format, and the ranges they span.</summary>
internal static class Scales
{
    private static readonly double[] NiceSteps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

    /// <summary>
    /// Ticks for values in <paramref name="format"/>: thousands separators, no trailing zeros,
    /// percentages with their sign, whole numbers only for counts.
    /// </summary>
    public static NumericAutomatic Ticks(ValueFormat format) => new()
    {
        LabelFormatter = v => Tick(format, v),
        IntegerTicksOnly = format.Decimals == 0 && !format.IsPercent,
        MinorTickGenerator = new EvenlySpacedMinorTickGenerator(0),
        TickDensity = 0.8,
    };

    /// <summary>One tick's label: 1,500 · 0.5 · 12.5%.</summary>
    public static string Tick(ValueFormat format, double value)
    {
        var number = (decimal)Math.Round(value * (format.IsPercent ? 100 : 1), 6);
        var text = ValueFormat.Number(number, 2);
        if (text.Contains('.')) text = text.TrimEnd('0').TrimEnd('.');
        return format.IsPercent ? text + "%" : text;
    }

    /// <summary>The smallest round number (1, 1.2, 1.5, 2, 2.5 … × 10ⁿ) at or above <paramref name="value"/>.</summary>
    public static double NiceCeiling(double value)
    {
        if (value <= 0) return 0;
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in NiceSteps)
            if (step * power >= value * (1 - 1e-9)) return step * power;
        return 10 * power;
    }

    /// <summary>
    /// The value range of bars from zero: zero to the largest (or from the most negative), rounded
    /// out, with <paramref name="headroom"/> (a fraction) added where value labels stand.
    /// </summary>
    public static (double Low, double High) FromZero(IEnumerable<double> values, double headroom)
    {
        var list = values.Where(double.IsFinite).ToList();
        var max = list.Count == 0 ? 0 : Math.Max(0, list.Max());
        var min = list.Count == 0 ? 0 : Math.Min(0, list.Min());
        if (max == 0 && min == 0) return (0, 1);
        var span = max - min;
        var high = max > 0 ? NiceCeiling(max + span * headroom) : 0;
        var low = min < 0 ? -NiceCeiling(-min + span * headroom) : 0;
        return (low, high);
    }

    /// <summary>Sets category names as the ticks of <paramref name="axis"/> at 0, 1, 2 …, fitted to <paramref name="slot"/> px each.</summary>
    public static void Categories(IAxis axis, IReadOnlyList<string> names, float slot)
    {
        var labels = CategoryLabels(names, slot);
        axis.SetTicks(labels.Select(l => (double)l.Index).ToArray(), labels.Select(l => l.Text).ToArray());
    }

    /// <summary>
    /// Category labels that fit their slots: on one line, else wrapped onto two (the second shortened), else, where
    /// not even two characters fit, every k-th
    /// name (shortened to k slots) so that none overlaps its neighbour.
    /// </summary>
    public static IReadOnlyList<(int Index, string Text)> CategoryLabels(IReadOnlyList<string> names, float slot)
    {
        var room = slot - 6;
        var clean = names.Select(TextFit.Clean).ToList();
        if (clean.All(n => TextFit.Width(n) <= room)) return clean.Select((n, i) => (i, n)).ToList();
        var wrapped = clean.Select(n => TextFit.Wrap(n, room, 2)).ToList();
        if (room >= 2 * ChartTheme.TextSize)
            return wrapped.Select((lines, i) => (i, string.Join("\n", lines))).ToList();
        var widest = clean.Max(n => TextFit.Width(n));
        var step = Math.Max(1, (int)Math.Ceiling((widest + 6) / slot));
        var stepRoom = step * slot - 6;
        // Half a step in from either end, so that no label reaches under the value axis or off the canvas.
        return Enumerable.Range(0, clean.Count).Where(i => i % step == step / 2 && i + step / 2 < clean.Count)
            .Select(i => (i, TextFit.Shorten(clean[i], stepRoom))).ToList();
    }
}
