namespace Analytics.Core.Demo;

/// <summary>Draws 协议总投资 within a band, skewed towards the band's low end, as ledgers round it.</summary>
internal static class InvestmentAmounts
{
    private static readonly double[] DecimalsWeights = [45, 35, 20];

    public static decimal LowerBound(InvestmentBand band) => band switch
    {
        InvestmentBand.Under1 => 0.1m,
        InvestmentBand.From1 => 1m,
        InvestmentBand.From10 => 10m,
        InvestmentBand.From20 => 20m,
        InvestmentBand.From50 => 50m,
        _ => 100m,
    };

    /// <summary>The exclusive upper bound of the band, in 亿元 (the largest projects stop at 320).</summary>
    public static decimal UpperBound(InvestmentBand band) => band switch
    {
        InvestmentBand.Under1 => 1m,
        InvestmentBand.From1 => 10m,
        InvestmentBand.From10 => 20m,
        InvestmentBand.From20 => 50m,
        InvestmentBand.From50 => 100m,
        _ => 320m,
    };

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
