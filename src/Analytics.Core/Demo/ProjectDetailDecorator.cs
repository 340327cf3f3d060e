using System.Globalization;
using Analytics.Core.Ingest;

namespace Analytics.Core.Demo;

/// <summary>
/// Gives a project the second edition's columns: 重点项目, 企业类别, 投资方所在地, 签约活动, 合同外资, 洽谈阶段, 登记日期 and
/// 责任单位. Draws from its own stream, so the first edition's columns (and the calibrated figures) stay as they were.
/// </summary>
internal sealed class ProjectDetailDecorator(DemoRandom random)
{
    /// <summary>The demo city's province: 省内市外 and local capital come from here.</summary>
    public const string HomeProvince = "安徽";

    private static readonly string[] OutsideProvinces = ["江苏", "浙江", "上海", "广东", "北京", "山东", "福建", "湖北", "四川", "天津", "河北", "河南", "江西"];
    private static readonly double[] OutsideWeights = [20, 17, 15, 14, 9, 5, 4, 3, 3, 2, 2, 3, 3];
    private static readonly string[] ForeignPlaces = ["日本", "美国", "德国", "新加坡", "韩国"];
    private static readonly string[] GreaterChinaPlaces = ["香港", "台湾", "澳门"];
    private static readonly string[] Stages = ["初步接洽", "实质性洽谈", "拟签约"];
    private static readonly string[] Units = ["市投资促进中心", "市经信局", "市商务局"];

    /// <summary>Dollars (万美元) per 亿元 of agreed investment, before the share that is foreign.</summary>
    private const decimal DollarsPerYi = 1400m;

    public void Decorate(DemoProject project)
    {
        var yi = project.Investment;
        var key = random.Chance(yi >= 10 ? 0.8 : yi >= 5 ? 0.3 : yi >= 1 ? 0.08 : 0.01);
        var origin = Origin(project);
        var signed = project.SignedOn;
        var registered = (signed ?? new DateOnly(2019, 1, 1).AddDays(random.Next(365 * 3))).AddDays(-random.Between(20, 240));
        project.Details = new ProjectDetails(
            KeyProject: key,
            CompanyTags: Tags(project),
            InvestorOrigin: origin,
            SigningEvent: signed is { } s ? SigningEvent(project, s) : null,
            ContractForeignCapital: project.FundSource == "外资" ? Math.Round(yi * DollarsPerYi * (decimal)(0.6 + 0.4 * random.NextDouble()), 1) : null,
            NegotiationStage: Stages[random.PickWeighted([40, 35, 25])],
            RegisteredOn: registered,
            LeadUnit: random.Chance(0.3) ? random.Pick(Units) : project.Region + "招商局");
    }

    private string Origin(DemoProject project) => project.InvestorType switch
    {
        "外资" => random.Pick(ForeignPlaces),
        "港澳台" => GreaterChinaPlaces[random.PickWeighted([60, 30, 10])],
        _ when project.FundSource == "省外资金" => OutsideProvinces[random.PickWeighted(OutsideWeights)],
        _ => HomeProvince,
    };

    /// <summary>企业类别: 央企 for central state firms; the largest signings often bring a Fortune or China 500 name.</summary>
    private string? Tags(DemoProject project)
    {
        var tags = new List<string>();
        if (project.InvestorType == "央企") tags.Add("央企");
        if (project.InvestorType == "地方国企" && random.Chance(0.3)) tags.Add("省属国企");
        if (project.Investment >= 20 && random.Chance(0.5)) tags.Add(project.InvestorType == "外资" ? "世界500强" : "中国500强");
        else if (project.Investment >= 10 && project.InvestorType == "民营" && random.Chance(0.25)) tags.Add("民营500强");
        if (project.Investment >= 5 && random.Chance(0.2)) tags.Add("上市公司");
        if (project.Investment >= 10 && random.Chance(0.25)) tags.Add("行业龙头");
        if (project.ProjectType == "工业" && random.Chance(0.15)) tags.Add("高新技术企业");
        return tags.Count == 0 ? null : string.Join("、", tags);
    }

    /// <summary>The events where projects are signed: the September 世界制造业大会, the online signings, the monthly ceremonies.</summary>
    private string? SigningEvent(DemoProject project, DateOnly signed)
    {
        if (signed.Month == 9 && project.Investment >= 1 && random.Chance(0.5)) return $"{signed.Year}世界制造业大会";
        if (project.Method == "云招商" && random.Chance(0.7)) return "云签约";
        if (random.Chance(0.2)) return "重大项目集中签约";
        return null;
    }
}
