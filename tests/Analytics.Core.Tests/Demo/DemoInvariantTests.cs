using Analytics.Core.Demo;
using Analytics.Core.Ingest;

namespace Analytics.Core.Tests.Demo;

/// <summary>What must hold of any generated ledger: consistent dates and statuses, unique ids, funds of known projects.</summary>
[TestFixture("2021-11-30")]
[TestFixture("2025-06-30")]
public sealed class DemoInvariantTests(string today)
{
    private static readonly string[] Regions = ["鸠江区", "江北新区", "高新区", "经开区", "临江县", "青山县", "东湖区"];

    private static readonly string[] Chains =
        ["新能源汽车", "新一代信息技术", "生物医药", "高端装备制造", "新材料", "节能环保", "现代农业与食品", "智能家电", "航空航天", "现代服务业"];

    private readonly DateOnly _today = DateOnly.Parse(today);
    private List<ProjectRecord> _projects = null!;
    private List<FundRecord> _funds = null!;
    private DemoLedgers _ledgers = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        _ledgers = DemoData.Generate(new DemoOptions { Today = _today });
        _projects = _ledgers.Projects.ToList();
        _funds = _ledgers.Funds.ToList();
    }

    [Test]
    public void Dates_follow_signing_starting_producing_and_stats_come_after_starting()
    {
        Assert.Multiple(() =>
        {
            foreach (var p in _projects)
            {
                Assert.That(p.StartedOn is null || p.SignedOn <= p.StartedOn, p.ProjectId);
                Assert.That(p.ProducingOn is null || p.StartedOn <= p.ProducingOn, p.ProjectId);
                Assert.That(p.InStatsOn is null || p.StartedOn < p.InStatsOn, p.ProjectId);
            }
        });
    }

    [Test]
    public void Nothing_is_dated_after_the_ledgers_date()
    {
        var lastMonth = new DateOnly(_today.Year, _today.Month, 1);
        Assert.That(_projects.SelectMany(p => new[] { p.SignedOn, p.StartedOn, p.ProducingOn, p.InStatsOn }).Max(), Is.LessThanOrEqualTo(_today));
        Assert.That(_funds.Max(f => f.Month), Is.EqualTo(lastMonth));
    }

    [Test]
    public void Statuses_agree_with_the_dates()
    {
        Assert.Multiple(() =>
        {
            foreach (var p in _projects)
            {
                var expected = p.Status switch
                {
                    "在谈" => p.SignedOn is null,
                    "已签约" => p.SignedOn is not null && p.StartedOn is null,
                    "已开工" => p.StartedOn is not null && p.ProducingOn is null && p.InStatsOn is null,
                    "已投产" => p.ProducingOn is not null,
                    "已入统" => p.InStatsOn is not null,
                    "已终止" => p.ProducingOn is null,
                    _ => false,
                };
                Assert.That(expected, Is.True, $"{p.ProjectId} {p.Status}");
            }
        });
    }

    [Test]
    public void Project_ids_are_unique_and_carry_the_year()
    {
        Assert.That(_projects.Select(p => p.ProjectId), Is.Unique);
        Assert.That(_projects.Where(p => p.SignedOn is { } s && s.Year >= 2019).All(p => p.ProjectId.StartsWith($"JC{p.SignedOn!.Value.Year}-")), Is.True);
        Assert.That(_projects[0].ProjectId, Does.Match(@"^JC2019-\d{4}$"));
    }

    [Test]
    public void Every_fund_belongs_to_a_signed_project_and_comes_after_its_signing_month()
    {
        var signed = _projects.Where(p => p.SignedOn is not null).ToDictionary(p => p.ProjectId, p => p.SignedOn!.Value);
        Assert.Multiple(() =>
        {
            foreach (var f in _funds)
            {
                Assert.That(signed.TryGetValue(f.ProjectId, out var s), Is.True, f.ProjectId);
                Assert.That(f.Month, Is.GreaterThanOrEqualTo(new DateOnly(s.Year, s.Month, 1)), f.ProjectId);
                Assert.That(f.Month.Day, Is.EqualTo(1));
            }
        });
    }

    [Test]
    public void Amounts_are_positive_with_at_most_four_decimals()
    {
        static bool FourDecimals(decimal x) => x * 10000 == decimal.Truncate(x * 10000);
        Assert.That(_projects.All(p => p.Investment > 0 && FourDecimals(p.Investment)), Is.True);
        Assert.That(_funds.All(f => f.Amount > 0 && FourDecimals(f.Amount)), Is.True);
    }

    [Test]
    public void Categories_come_from_the_glossary()
    {
        Assert.That(_projects.Select(p => p.Region).Distinct(), Is.EquivalentTo(Regions));
        Assert.That(_projects.Select(p => p.IndustryChain).Distinct(), Is.EquivalentTo(Chains));
        Assert.That(_projects.Select(p => p.FundSource).Distinct(), Is.EquivalentTo(new[] { "省外资金", "省内市外资金", "本地资金", "外资", "产业基金" }));
        Assert.That(_projects.Select(p => p.ProjectType).Distinct(), Is.EquivalentTo(new[] { "工业", "服务业", "农业" }));
        Assert.That(_projects.Select(p => p.InvestorType).Distinct(), Is.EquivalentTo(new[] { "央企", "地方国企", "民营", "外资", "港澳台" }));
        Assert.That(_projects.Select(p => p.Method).Distinct(), Is.EquivalentTo(new[] { "产业链招商", "基金招商", "以商招商", "驻点招商", "委托招商", "云招商" }));
    }

    [Test]
    public void Edge_cases_are_present()
    {
        Assert.That(_projects.Count(p => p.SignedOn == new DateOnly(2020, 2, 29)), Is.GreaterThanOrEqualTo(2), "signed on 29 February 2020");
        Assert.That(_projects.Count(p => p.Status == "已终止" && p.SignedOn is not null), Is.GreaterThan(0), "terminated after signing");
        Assert.That(_projects.Count(p => p.Status == "已终止" && p.StartedOn is not null), Is.GreaterThan(0), "terminated after starting");
        Assert.That(_projects.Count(p => p.Status == "已终止" && p.SignedOn is null), Is.GreaterThan(0), "talks broken off");
        Assert.That(_projects.Count(p => p.Status == "在谈" && p.SignedOn is null), Is.GreaterThan(0), "in talks, no dates");
        Assert.That(_projects.Select(p => p.Investment), Is.SupersetOf(new[] { 1m, 10m, 20m, 50m, 100m, 0.9999m }), "band edges");
    }

    [Test]
    public void Investment_is_skewed_towards_small_projects()
    {
        var signed = _projects.Where(p => p.SignedOn is not null).ToList();
        var oneToTen = signed.Count(p => p.Investment is >= 1 and < 10);
        Assert.That(oneToTen, Is.GreaterThan(signed.Count * 3 / 4));
        Assert.That(signed.Count(p => p.Investment < 1), Is.GreaterThan(0));
        Assert.That(signed.Count(p => p.Investment >= 100), Is.GreaterThan(0));
    }

    [Test]
    public void Activities_of_every_type_up_to_the_ledgers_date()
    {
        Assert.That(_ledgers.Activities.Select(a => a.ActivityType).Distinct(), Is.EquivalentTo(new[] { "外出招商", "来访接待", "拜访企业", "集中签约", "推介会", "云签约" }));
        Assert.That(_ledgers.Activities.Select(a => a.Region).Distinct(), Is.EquivalentTo(Regions));
        Assert.That(_ledgers.Activities.Max(a => a.Date), Is.LessThanOrEqualTo(_today));
        Assert.That(_ledgers.Activities.Min(a => a.Date), Is.GreaterThanOrEqualTo(new DateOnly(2019, 1, 1)));
        Assert.That(_ledgers.Activities.All(a => a.Count >= 1), Is.True);
    }
}
