using Analytics.Core.Demo;

namespace Analytics.Core.Tests.Demo;

/// <summary>The demo ledgers at 2021-11-30 carry what the second edition's sentences need, with true things to say.</summary>
public sealed class DemoSecondEditionTests
{
    private static readonly DateOnly Today = new(2021, 11, 30);
    private DemoLedgers ledgers = null!;

    [OneTimeSetUp]
    public void Generate() => ledgers = DemoData.Generate(new DemoOptions { Today = Today });

    [Test]
    public void Two_regions_have_no_signing_of_50_yi_this_year()
    {
        var signed = ledgers.Projects.Where(p => p.SignedOn >= new DateOnly(2021, 1, 1) && p.SignedOn <= Today).ToList();
        var without = new[] { "鸠江区", "江北新区", "高新区", "经开区", "临江县", "青山县", "东湖区" }.Where(r => !signed.Any(p => p.Region == r && p.Investment >= 50));
        Assert.That(without, Is.EqualTo(new[] { "青山县", "东湖区" }));
    }

    [Test]
    public void The_pipeline_has_every_stage_and_expected_signings_this_year()
    {
        var talks = ledgers.Projects.Where(p => p.Status == "在谈").ToList();
        Assert.That(talks.GroupBy(p => p.Details!.NegotiationStage).ToDictionary(g => g.Key!, g => g.Count()),
            Is.EqualTo(new Dictionary<string, int> { ["初步接洽"] = 62, ["实质性洽谈"] = 41, ["拟签约"] = 31 }));
        // 22 of the 31 拟签约 expect to sign in December 2021 (the rest have no date yet).
        Assert.That(talks.Where(p => p.Details!.ExpectedSigningOn is not null).Select(p => p.Details!.ExpectedSigningOn!.Value.ToString("yyyy-MM")).Distinct(), Is.EqualTo(new[] { "2021-12" }));
        Assert.That(talks.Count(p => p.Details!.ExpectedSigningOn is not null), Is.EqualTo(22));
        Assert.That(talks.Where(p => p.Details!.ExpectedSigningOn is not null).All(p => p.Details!.ExpectedSigningOn > Today), Is.True);
        Assert.That(ledgers.Projects.Where(p => p.Status != "在谈").All(p => p.Details!.NegotiationStage is null && p.Details.ExpectedSigningOn is null), Is.True);
        Assert.That(ledgers.Projects.All(p => p.Details!.RegisteredOn <= Today), Is.True);
    }

    [Test]
    public void Foreign_projects_carry_contract_capital_and_their_funds_foreign_capital()
    {
        var foreign = ledgers.Projects.Where(p => p.FundSource == "外资").ToList();
        Assert.That(foreign, Is.Not.Empty);
        Assert.That(foreign.All(p => p.Details!.ContractForeignCapital > 0), Is.True);
        Assert.That(ledgers.Projects.Where(p => p.FundSource != "外资").All(p => p.Details!.ContractForeignCapital is null), Is.True);
        var foreignIds = foreign.Select(p => p.ProjectId).ToHashSet();
        Assert.That(ledgers.Funds.All(f => (f.ForeignCapitalUsed is not null) == foreignIds.Contains(f.ProjectId)), Is.True);
        Assert.That(ledgers.Funds.Count(f => f.FixedAssetInvestment is not null), Is.GreaterThan(1000));
    }

    [Test]
    public void Activities_name_their_leaders_and_online_signings_their_projects()
    {
        Assert.That(ledgers.Activities.All(a => a.Leader is "市级领导" or "县级领导" or "部门负责人"), Is.True);
        var online = ledgers.Activities.Where(a => a.ActivityType == "云签约" && a.Date.Year == 2021).ToList();
        Assert.That(online, Is.Not.Empty);
        Assert.That(online.All(a => a.SignedProjects is >= 4 and <= 15), Is.True);
        Assert.That(ledgers.Activities.Where(a => a.ActivityType == "外出招商").All(a => a.Destination is not null && a.Enterprises >= a.Count), Is.True);
    }

    [Test]
    public void Regions_and_external_ranks_are_listed()
    {
        Assert.That(ledgers.Regions.Select(r => (r.Region, r.Position)), Is.EqualTo(new (string, int?)[]
        {
            ("全市", null), ("鸠江区", 1), ("东湖区", 2), ("临江县", 3), ("青山县", 4), ("经开区", 5), ("高新区", 6), ("江北新区", 7),
        }));
        Assert.That(ledgers.Regions[0].StrategicIndustries, Is.EqualTo("新能源汽车、新一代信息技术、生物医药、高端装备制造、新材料、节能环保、航空航天"));
        Assert.That(ledgers.ExternalRanks.Single(r => r.Period == "2021年1—11月" && r.Indicator == "新签约亿元以上项目数").Rank, Is.EqualTo(2));
        Assert.That(ledgers.ExternalRanks.Select(r => r.Period).Distinct(), Is.EqualTo(new[] { "2020年", "2021年1—11月" }));
    }
}
