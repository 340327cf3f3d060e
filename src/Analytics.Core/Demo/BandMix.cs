namespace Analytics.Core.Demo;

/// <summary>Exact numbers of projects per investment band in a segment.</summary>
internal sealed record BandMix(int From1, int From10 = 0, int From20 = 0, int From50 = 0, int From100 = 0)
{
    public int Count => From1 + From10 + From20 + From50 + From100;

    /// <summary>The bands one per project, in band order (the caller shuffles).</summary>
    public List<InvestmentBand> Expand()
    {
        var bands = new List<InvestmentBand>(Count);
        bands.AddRange(Enumerable.Repeat(InvestmentBand.From1, From1));
        bands.AddRange(Enumerable.Repeat(InvestmentBand.From10, From10));
        bands.AddRange(Enumerable.Repeat(InvestmentBand.From20, From20));
        bands.AddRange(Enumerable.Repeat(InvestmentBand.From50, From50));
        bands.AddRange(Enumerable.Repeat(InvestmentBand.From100, From100));
        return bands;
    }
}
