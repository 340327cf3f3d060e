using Analytics.Core.Demo;

namespace Analytics.Core.Tests.Demo;

public sealed class DemoTargetTests
{
    private static readonly string[] Regions = ["鸠江区", "江北新区", "高新区", "经开区", "临江县", "青山县", "东湖区"];
    private static readonly string[] Indicators = ["新签约亿元以上项目数", "新开工亿元以上项目数", "实际到位资金(亿元)", "签约总投资(亿元)"];

    [Test]
    public void Targets_cover_every_year_region_and_indicator_once()
    {
        var ledgers = DemoData.Generate(new DemoOptions { Today = new DateOnly(2023, 4, 10) });

        var keys = ledgers.Targets.Where(t => t.Year <= 2023 && Indicators.Contains(t.Indicator)).Select(t => (t.Year, t.Region, t.Indicator)).ToList();
        var expected = from year in Enumerable.Range(2019, 5)
                       from region in Regions.Prepend("全市")
                       from indicator in Indicators
                       select (year, region, indicator);
        Assert.That(keys, Is.EquivalentTo(expected));
        Assert.That(ledgers.Targets.All(t => t.Target >= 1), Is.True);
    }

    [Test]
    public void The_whole_city_has_targets_for_the_other_indicators_and_next_years_goals()
    {
        var ledgers = DemoData.Generate(new DemoOptions { Today = new DateOnly(2023, 4, 10) });

        string[] others = ["签约项目数", "重点产业项目签约数", "新开工项目数", "实际到位省外资金(亿元)", "完成固定资产投资(亿元)", "实际利用外资(万美元)", "外出招商次数"];
        var city = ledgers.Targets.Where(t => !Indicators.Contains(t.Indicator) || t.Year == 2024).Select(t => (t.Year, t.Region, t.Indicator)).ToList();
        var expected = (from year in Enumerable.Range(2019, 6) from indicator in others select (year, "全市", indicator))
            .Concat(Indicators.Select(i => (2024, "全市", i)));
        Assert.That(city, Is.EquivalentTo(expected));
    }

    [Test]
    public void Whole_city_target_is_the_sum_of_the_regions()
    {
        var ledgers = DemoData.Generate(new DemoOptions { Today = new DateOnly(2021, 11, 30) });

        foreach (var indicator in Indicators)
        {
            var targets = ledgers.Targets.Where(t => t.Year == 2021 && t.Indicator == indicator).ToList();
            Assert.That(targets.Single(t => t.Region == "全市").Target, Is.EqualTo(targets.Where(t => t.Region != "全市").Sum(t => t.Target)), indicator);
        }
    }

    [Test]
    public void Lights_at_30_November_2021_are_mixed_as_planned()
    {
        var asOf = new DateOnly(2021, 11, 30);
        var ledgers = DemoData.Generate(new DemoOptions { Today = asOf });
        var metrics = new LedgerMetrics(ledgers.Projects.ToList(), ledgers.Funds.ToList());

        var lights = Regions.ToDictionary(r => r, r =>
        {
            decimal Target(string indicator) => ledgers.Targets.Single(t => t.Year == 2021 && t.Region == r && t.Indicator == indicator).Target;
            return string.Join(" ",
                LedgerMetrics.Light(metrics.Signed(asOf, region: r), Target(Indicators[0]), asOf),
                LedgerMetrics.Light(metrics.Started(asOf, region: r), Target(Indicators[1]), asOf),
                LedgerMetrics.Light(metrics.FundsInPlace(asOf, r), Target(Indicators[2]), asOf),
                LedgerMetrics.Light(metrics.SignedInvestment(asOf, r), Target(Indicators[3]), asOf));
        });

        Assert.That(lights, Is.EqualTo(new Dictionary<string, string>
        {
            ["鸠江区"] = "green green green green",
            ["江北新区"] = "green yellow green green",
            ["高新区"] = "yellow green yellow green",
            ["经开区"] = "green green green yellow",
            ["临江县"] = "red yellow red yellow",
            ["青山县"] = "yellow red yellow red",
            ["东湖区"] = "red yellow green red",
        }));
    }
}
