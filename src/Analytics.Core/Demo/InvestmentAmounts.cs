namespace Analytics.Core.Demo;

/// <summary>Draws 协议总投资 within a band, skewed towards the band's low end, as ledgers round it.</summary>
internal static class InvestmentAmounts
{
    private static readonly double[] DecimalsWeights = [45, 35, 20];

    // Lower bound (included) and upper bound (excluded) per band, in 亿元; the largest projects stop at 320.
    private static readonly (decimal Low, decimal High)[] Bounds = [(0.1m, 1m), (1m, 10m), (10m, 20m), (20m, 50m), (50m, 100m), (100m, 320m)];

    public static decimal LowerBound(InvestmentBand band) => Bounds[(int)band].Low;

    public static decimal UpperBound(InvestmentBand band) => Bounds[(int)band].High;

    /// <summary>An amount in the band, in 亿元, rounded to 1, 2 or 4 decimals as offices write it.</summary>
    public static decimal Draw(DemoRandom random, InvestmentBand band)
    {
        var low = (double)LowerBound(band);
        var high = (double)UpperBound(band);
        var u = random.NextDouble();
        // Within each band most projects sit near its lower end; from 1 to 10 亿元 on a log scale.
        var value = band == InvestmentBand.From1
            ? Math.Pow(10, Math.Pow(u, 1.6))
            : low + (high - low) * Math.Pow(u, band == InvestmentBand.Under1 ? 0.8 : 1.7);
        var decimals = random.PickWeighted(DecimalsWeights) switch { 0 => 1, 1 => 2, _ => 4 };
        var amount = Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
        var unit = decimals switch { 1 => 0.1m, 2 => 0.01m, _ => 0.0001m };
        return Math.Clamp(amount, LowerBound(band), UpperBound(band) - unit);
    }

    /// <summary>The band's edge case: exactly its lower bound, or 0.9999 just under 1 亿元.</summary>
    public static decimal Boundary(InvestmentBand band) => band == InvestmentBand.Under1 ? 0.9999m : LowerBound(band);
}
