using System.Globalization;
using System.Text;

namespace Analytics.Tests.Web.Disclosure;

/// <summary>
/// A small ledger built to be attacked: three large regions, chains and fund sources, and in each dimension one member
/// of 1 project and one of 2 (孤岛县 / 双桥镇, 单链产业 / 双链产业, 单一基金 / 双源基金), signed through 2024 and to
/// 2025-06-18, with funds each month after the start. The test knows every figure and asks the site for it.
/// </summary>
internal sealed class AttackLedger
{
    public static readonly DateOnly LastDay = new(2025, 6, 18);

    public static readonly string[] SmallMembers = ["孤岛县", "双桥镇", "单链产业", "双链产业", "单一基金", "双源基金"];

    private static readonly string[] Regions = ["东城区", "西城区", "南城区"];
    private static readonly string[] Chains = ["电子信息", "装备制造", "生物医药"];
    private static readonly string[] Funds = ["省外资金", "本地资金", "外资"];

    public List<Project> Projects { get; } = [];

    public List<(string Id, DateOnly Month, decimal Amount)> FundRows { get; } = [];

    public sealed record Project(string Id, string Region, string Chain, string Fund, decimal Investment, DateOnly Signed, DateOnly? Started)
    {
        public string Member(string dimension) => dimension switch { "region" => Region, "industry_chain" => Chain, _ => Fund };
    }

    public AttackLedger()
    {
        var random = new Random(13);
        decimal Amount() => Math.Round((decimal)(random.NextDouble() * random.NextDouble() * 90 + 0.3), 2);
        DateOnly Day(DateOnly from, DateOnly to) => from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
        var n = 0;
        void Add(string region, string chain, string fund, DateOnly signed)
        {
            var started = random.Next(3) > 0 ? signed.AddDays(random.Next(10, 70)) : (DateOnly?)null;
            if (started > LastDay) started = null;
            Projects.Add(new Project($"A{++n:D3}", region, chain, fund, Amount(), signed, started));
        }
        for (var i = 0; i < 36; i++) Add(Regions[i % 3], Chains[i / 3 % 3], Funds[i / 9 % 3], Day(new(2024, 1, 3), new(2024, 12, 20)));
        for (var i = 0; i < 45; i++) Add(Regions[i % 3], Chains[i / 3 % 3], Funds[i / 9 % 3], Day(new(2025, 1, 2), new(2025, 6, 10)));
        Add("孤岛县", Chains[0], Funds[1], new(2025, 3, 12));
        Add("双桥镇", Chains[1], Funds[2], new(2025, 2, 7));
        Add("双桥镇", Chains[2], Funds[0], new(2025, 4, 21));
        Add(Regions[1], "单链产业", Funds[0], new(2025, 1, 20));
        Add(Regions[2], "双链产业", Funds[1], new(2025, 3, 3));
        Add(Regions[0], "双链产业", Funds[2], new(2025, 5, 9));
        Add(Regions[2], Chains[0], "单一基金", new(2025, 2, 26));
        Add(Regions[0], Chains[1], "双源基金", new(2025, 4, 2));
        Add(Regions[1], Chains[2], "双源基金", new(2025, 5, 28));
        Add(Regions[0], Chains[0], Funds[0], LastDay);
        foreach (var p in Projects.Where(p => p.Started is not null))
            for (var month = new DateOnly(p.Started!.Value.Year, p.Started.Value.Month, 1); month <= LastDay; month = month.AddMonths(1))
                FundRows.Add((p.Id, month, Math.Round(p.Investment / 10 * (decimal)(0.5 + random.NextDouble()), 4)));
    }

    /// <summary>The projects ledger and the funds ledger as CSV files in <paramref name="directory"/>.</summary>
    public IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var projects = new StringBuilder("项目编号,项目名称,投资方,所属地区,产业链,资金来源,协议总投资(亿元),签约日期,开工日期\n");
        foreach (var p in Projects)
            projects.Append(CultureInfo.InvariantCulture, $"{p.Id},机密项目{p.Id},机密投资方{p.Id},{p.Region},{p.Chain},{p.Fund},{p.Investment},{p.Signed:yyyy-MM-dd},{p.Started:yyyy-MM-dd}\n");
        var funds = new StringBuilder("项目编号,到位月份,实际到位资金(亿元)\n");
        foreach (var (id, month, amount) in FundRows) funds.Append(CultureInfo.InvariantCulture, $"{id},{month:yyyy-MM},{amount}\n");
        var files = new[] { Path.Combine(directory, "项目台账.csv"), Path.Combine(directory, "资金到位台账.csv") };
        File.WriteAllText(files[0], projects.ToString());
        File.WriteAllText(files[1], funds.ToString());
        return files;
    }

    /// <summary>
    /// A ranking metric of the members of a dimension (or 全市 for null) in the year to <paramref name="asOf"/>: the
    /// value and the projects behind it.
    /// </summary>
    public (decimal Value, int Projects) Truth(string metric, string? dimension, string? member, DateOnly asOf)
    {
        var start = new DateOnly(asOf.Year, 1, 1);
        var mine = Projects.Where(p => dimension is null || p.Member(dimension) == member).ToList();
        switch (metric)
        {
            case "signed_count":
                var signed = mine.Where(p => p.Signed >= start && p.Signed <= asOf && p.Investment >= 1).ToList();
                return (signed.Count, signed.Count);
            case "signed_investment":
                var all = mine.Where(p => p.Signed >= start && p.Signed <= asOf).ToList();
                return (all.Sum(p => p.Investment), all.Count);
            case "started_count":
                var started = mine.Where(p => p.Started >= start && p.Started <= asOf && p.Investment >= 1).ToList();
                return (started.Count, started.Count);
            default:
                var ids = mine.Select(p => p.Id).ToHashSet();
                var rows = FundRows.Where(f => ids.Contains(f.Id) && f.Month >= start && f.Month <= asOf).ToList();
                return (rows.Sum(f => f.Amount), rows.Select(f => f.Id).Distinct().Count());
        }
    }

    /// <summary>The projects whose figure of <paramref name="metric"/> changed between two dates of one year (funds: projects with money in the months between).</summary>
    public int Moved(string metric, string dimension, string member, DateOnly from, DateOnly to)
    {
        if (metric != "funds_in_place") return Truth(metric, dimension, member, to).Projects - Truth(metric, dimension, member, from).Projects;
        var ids = Projects.Where(p => p.Member(dimension) == member).Select(p => p.Id).ToHashSet();
        return FundRows.Where(f => ids.Contains(f.Id) && f.Month > from && f.Month <= to).Select(f => f.Id).Distinct().Count();
    }

    public IEnumerable<string> Members(string dimension) => Projects.Select(p => p.Member(dimension)).Distinct();
}
