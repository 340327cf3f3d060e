using System.Globalization;

namespace Analytics.Core.Demo;

/// <summary>Gives a project its region, chain, name, investor and the ledger's categories, consistently with each other.</summary>
internal sealed class ProjectDecorator(DemoRandom random, int year)
{
    // Per region: every chain once, the region's two lead chains three times.
    private static readonly double[][] ChainWeights = DemoVocabulary.LeadChains
        .Select(lead => Enumerable.Range(0, DemoVocabulary.IndustryChains.Count).Select(c => c == lead.Item1 || c == lead.Item2 ? 3.0 : 1.0).ToArray())
        .ToArray();
    private static readonly string[] InvestorTypes = ["央企", "地方国企", "民营", "外资", "港澳台"];

    // Investor type weights (央企, 地方国企, 民营, 外资, 港澳台) per fund source, in the order of DemoVocabulary.FundSources.
    private static readonly double[][] InvestorTypeWeights =
    [
        [17, 5, 78, 0, 0],
        [5, 25, 70, 0, 0],
        [0, 40, 60, 0, 0],
        [0, 0, 0, 70, 30],
        [0, 60, 40, 0, 0],
    ];

    // 产业链招商, 基金招商, 以商招商, 驻点招商, 委托招商, 云招商; online promotion took off in 2020.
    private static readonly double[] MethodWeights = [40, 5, 20, 15, 10, 10];
    private static readonly double[] MethodWeights2020 = [35, 5, 15, 10, 10, 25];

    /// <summary>Fills everything but the dates and the id; <paramref name="fundSource"/> is kept when given.</summary>
    public void Decorate(DemoProject project, string? fundSource, bool boundaryAmount)
    {
        var region = random.PickWeighted(DemoVocabulary.RegionWeights);
        project.Region = DemoVocabulary.Regions[region];

        var chain = random.PickWeighted(ChainWeights[region]);
        project.IndustryChain = DemoVocabulary.IndustryChains[chain];

        project.Investment = boundaryAmount ? InvestmentAmounts.Boundary(project.Band) : InvestmentAmounts.Draw(random, project.Band);

        project.FundSource = fundSource ?? DemoVocabulary.FundSources[random.PickWeighted(DemoVocabulary.FundSourceWeights)];
        var source = IndexOf(DemoVocabulary.FundSources, project.FundSource);
        project.InvestorType = InvestorTypes[random.PickWeighted(InvestorTypeWeights[source])];

        var brand = project.InvestorType == "外资" ? InvestorNames.ForeignBrand(random) : InvestorNames.Brand(random);
        var industryWord = random.Pick(ProjectNames.IndustryWords[chain]);
        project.Investor = InvestorNames.Create(random, brand, project.InvestorType, project.FundSource, industryWord);

        var pattern = PickPattern(ProjectNames.ByChain[chain], project.Band);
        var text = pattern.Numbers.Length == 0 ? pattern.Text : pattern.Text.Replace("#", Capacity(pattern.Numbers, project.Band).ToString(CultureInfo.InvariantCulture));
        // Ledgers mostly lead with the investor's brand; the rest read as the bare project.
        project.Name = random.Chance(0.8) ? brand + text : text;
        project.ProjectType = pattern.Type;

        project.Method = project.FundSource == "产业基金" && random.Chance(0.8)
            ? "基金招商"
            : DemoVocabulary.Methods[random.PickWeighted(year == 2020 ? MethodWeights2020 : MethodWeights)];
    }

    private ProjectNames.Pattern PickPattern(IReadOnlyList<ProjectNames.Pattern> patterns, InvestmentBand band)
    {
        while (true)
        {
            var pattern = random.Pick(patterns);
            if (pattern.MinBand <= band)
            {
                return pattern;
            }
        }
    }

    /// <summary>Larger projects announce larger capacities.</summary>
    private int Capacity(int[] numbers, InvestmentBand band)
    {
        var index = Math.Clamp((int)band - 1 + random.Next(2), 0, numbers.Length - 1);
        return numbers[index];
    }

    private static int IndexOf(IReadOnlyList<string> items, string item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] == item)
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown value '{item}'.", nameof(item));
    }
}
