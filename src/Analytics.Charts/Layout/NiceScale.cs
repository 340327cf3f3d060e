namespace Analytics.Charts.Layout;

/// <summary>
/// A linear value axis whose ticks fall on "nice" numbers (1, 2 or 5 times a power of ten) and
/// whose range covers the data and zero, so bars start at a true baseline.
/// </summary>
internal sealed class NiceScale
{
    private NiceScale(double min, double max, double step)
    {
        Min = min;
        Max = max;
        Step = step;
    }

    /// <summary>Lowest tick.</summary>
    public double Min { get; }

    /// <summary>Highest tick.</summary>
    public double Max { get; }

    /// <summary>Distance between ticks.</summary>
    public double Step { get; }

    /// <summary>Digits after the decimal point that tick labels need.</summary>
    public int Decimals => Step >= 1 ? 0 : (int)Math.Ceiling(-Math.Log10(Step) - 1e-9);

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Max - Min) / Step);
            var ticks = new double[count + 1];
            for (var i = 0; i <= count; i++)
                ticks[i] = Math.Round(Min + i * Step, 10);
            return ticks;
        }
    }

    /// <summary>
    /// A scale over [min, max] ∪ {0} with about <paramref name="maxTicks"/> ticks or fewer, and a
    /// step of at least <paramref name="minStep"/> (1 for counts, which have no fractional ticks).
    /// </summary>
    public static NiceScale Create(double dataMin, double dataMax, int maxTicks, double minStep = 0)
    {
        var min = Math.Min(0, dataMin);
        var max = Math.Max(0, dataMax);
        if (max - min < 1e-12) max = min + 1; // all zero: a unit axis keeps the baseline visible
        maxTicks = Math.Max(2, maxTicks);
        var step = Math.Max(NiceStep((max - min) / (maxTicks - 1)), minStep);
        while (true)
        {
            var lo = Math.Floor(min / step + 1e-9) * step;
            var hi = Math.Ceiling(max / step - 1e-9) * step;
            if ((hi - lo) / step <= maxTicks - 1 + 1e-9)
                return new NiceScale(lo, hi, step);
            step = NiceStep(step * 1.5);
        }
    }

    /// <summary>The smallest nice number at least <paramref name="rough"/>.</summary>
    private static double NiceStep(double rough)
    {
        var exponent = Math.Floor(Math.Log10(rough));
        var power = Math.Pow(10, exponent);
        var fraction = rough / power;
        double nice = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 5 + 1e-9 ? 5 : 10;
        return nice * power;
    }

    /// <summary>Maps a value to a pixel between <paramref name="pixelMin"/> (at Min) and <paramref name="pixelMax"/> (at Max).</summary>
    public double Map(double value, double pixelMin, double pixelMax) =>
        pixelMin + (value - Min) / (Max - Min) * (pixelMax - pixelMin);
}
