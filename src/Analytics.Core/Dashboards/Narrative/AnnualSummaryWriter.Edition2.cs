using System.Globalization;
using Analytics.Core.Dashboards.Blocks;
using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Dashboards.Narrative;

/// <summary>
/// The sentences the second edition of the ledgers makes possible: external ranks, activities by leader with
/// enterprises and visitors, the structure by enterprise group, origin, signing event, region type, key and emerging
/// projects, the pipeline by stage and the leads, fixed-asset investment and foreign capital, and the fastest project.
/// Each is left out where its mart has nothing to say (ledgers of the first edition).
/// </summary>
internal sealed partial class AnnualSummaryWriter
{
    private IReadOnlyList<IReadOnlyDictionary<string, object?>>? ranks;
    private IReadOnlyList<IReadOnlyDictionary<string, object?>>? structure;
    private IReadOnlyList<IReadOnlyDictionary<string, object?>>? activities;

    private IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows(string model) => context.Metrics.ModelRows(model, context.AsOf);

    private static long L(object? value) => value is null ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static decimal D(object? value) => value is null ? 0 : Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    /// <summary>，位居全省第二位 where the external ranks give the indicator a rank for the as-of period; else empty.</summary>
    private string RankOf(string indicator)
    {
        ranks ??= Rows("external_rank_figures");
        var rank = ranks.FirstOrDefault(r => Equals(r["matches_as_of"], true) && (string?)r["indicator"] == indicator);
        return rank is null ? "" : NarrativeRules.Rank(L(rank["rank"]), (string)rank["scope"]!);
    }

    /// <summary>The city's actual of any indicator of the targets table (null where the mart has none).</summary>
    private IReadOnlyDictionary<string, object?>? Indicator(string indicator) =>
        Rows("indicator_targets").FirstOrDefault(r => (string?)r["region"] == "全市" && (string?)r["indicator"] == indicator && Equals(r["is_next_year"], false));

    /// <summary>实际到位省外资金X亿元，位居全省第二位，同比增长Y%; empty without the indicator.</summary>
    private string OutsideFunds()
    {
        var row = Indicator("实际到位省外资金(亿元)");
        if (row is null || row["actual"] is null) return "";
        var projects = L(row["projects"]);
        var prev = D(row["actual_prev"]);
        var growth = prev == 0 || context.Hide(projects) ? null : NarrativeRules.Growth((double)((D(row["actual"]) - prev) / prev));
        return $"实际到位省外资金{Yi(D(row["actual"]), projects)}亿元{RankOf("实际到位省外资金(亿元)")}" + (growth is null ? "" : "，" + growth) + "；";
    }

    /// <summary>其中，市级领导带队开展招商活动N批次、拜访接待企业N家(次)；…接待客商N人.</summary>
    private string ActivityDetail()
    {
        activities ??= Rows("activity_summary");
        var byLeader = activities.Where(r => (string?)r["activity_type"] == "全部" && (string?)r["leader"] is { } l && l != "全部" && L(r["batches"]) > 0)
            .OrderByDescending(r => L(r["batches"])).ToList();
        var parts = byLeader.Select(r => $"{r["leader"]}带队开展招商活动{L(r["batches"])}批次" + (L(r["enterprises"]) > 0 ? $"、拜访接待企业{L(r["enterprises"])}家(次)" : "")).ToList();
        var visit = activities.FirstOrDefault(r => (string?)r["activity_type"] == "拜访企业" && (string?)r["leader"] == "全部");
        if (visit is not null && L(visit["enterprises"]) > 0) parts.Add($"拜访企业{L(visit["batches"])}批次{L(visit["enterprises"])}家");
        var all = activities.FirstOrDefault(r => (string?)r["activity_type"] == "全部" && (string?)r["leader"] == "全部");
        if (all is not null && L(all["visitors"]) > 0) parts.Add($"接待客商{L(all["visitors"])}人");
        var cloud = activities.FirstOrDefault(r => (string?)r["activity_type"] == "云签约" && (string?)r["leader"] == "全部");
        if (cloud is not null && L(cloud["batches"]) > 0) parts.Add($"举办云签约活动{L(cloud["batches"])}场次，签约项目{L(cloud["signed_projects"])}个");
        return parts.Count == 0 ? "" : string.Join("；", parts) + "。";
    }

    /// <summary>The rows of one dimension of signing_structure, members written, largest first.</summary>
    private List<IReadOnlyDictionary<string, object?>> Structure(string dimension)
    {
        structure ??= Rows("signing_structure");
        return structure.Where(r => (string?)r["dimension"] == dimension && (string?)r["member"] is { } m && m != "未填" && L(r["projects"]) > 0)
            .OrderByDescending(r => L(r["projects"])).ThenBy(r => (string)r["member"]!, StringComparer.Ordinal).ToList();
    }

    /// <summary>N个、占比X% for a row of signing_structure (— for a public viewer where fewer than 3 projects).</summary>
    private string CountShare(IReadOnlyDictionary<string, object?> row)
    {
        var projects = L(row["projects"]);
        var share = context.Hide(projects) ? FigureFormat.Missing : NarrativeRules.Percent((double)D(row["project_share"]), 2);
        return $"{N(projects)}个、占比{share}";
    }

    /// <summary>The structure by enterprise group, origin, region type, key and emerging projects, and signing events.</summary>
    private string StructureDetail()
    {
        var parts = new List<string>();
        foreach (var row in Structure("company_group").Take(1))
            parts.Add($"央企国企和500强企业投资项目{N(L(row["projects"]))}个，投资总额{Yi(D(row["investment"]), L(row["projects"]))}亿元");
        var origins = Structure("origin_group").Where(r => (string)r["member"]! != "其他").ToList();
        if (origins.Count > 0) parts.Add("按投资方来源地，" + string.Join("，", origins.Select(r => $"{r["member"]}地区新签约项目{CountShare(r)}")));
        var types = Structure("region_type");
        if (types.Count > 0) parts.Add("按地区类型，" + string.Join("，", types.Select(r => $"{r["member"]}{CountShare(r)}")));
        foreach (var row in Structure("key_project").Where(r => (string)r["member"]! == "是")) parts.Add($"重点项目{CountShare(row)}");
        foreach (var row in Structure("strategic").Where(r => (string)r["member"]! == "是")) parts.Add($"战略性新兴产业项目{CountShare(row)}");
        var events = Structure("signing_event");
        if (events.Count > 0)
            parts.Add(string.Join("，", events.Select(r => $"{Event((string)r["member"]!)}签约项目{N(L(r["projects"]))}个、投资总额{Yi(D(r["investment"]), L(r["projects"]))}亿元")));
        return parts.Count == 0 ? "" : string.Join("；", parts) + "。";
    }

    /// <summary>其中初步接洽N个、实质性洽谈N个、拟签约N个（N个预计年内签约）；今年以来登记项目线索N条.</summary>
    private string PipelineDetail()
    {
        var row = Rows("pipeline").FirstOrDefault(r => !r.ContainsKey("region") || (string?)r["region"] == "全市");
        if (row is null || L(row["initial_contact"]) + L(row["substantive"]) + L(row["ready"]) == 0) return "";
        var text = $"按洽谈阶段，初步接洽{N(L(row["initial_contact"]))}个、实质性洽谈{N(L(row["substantive"]))}个、拟签约{N(L(row["ready"]))}个，" +
                   $"其中{N(L(row["ready_this_year"]))}个预计年内签约";
        if (L(row["leads"]) > 0) text += $"；{period}登记项目线索{N(L(row["leads"]))}条";
        return text + "。";
    }

    /// <summary>The point on fixed-asset investment and foreign capital; null without either.</summary>
    private Prose? Capital()
    {
        var row = Rows("key_figures").FirstOrDefault(r => !r.ContainsKey("region") || (string?)r["region"] == "全市");
        if (row is null || (D(row["fixed_asset_investment"]) == 0 && D(row["foreign_capital_used"]) == 0)) return null;
        var growth = row["fixed_asset_yoy"] is { } y ? (double?)Convert.ToDouble(y, CultureInfo.InvariantCulture) : null;
        var parts = new List<string> { $"{Opening}招商项目完成固定资产投资{NarrativeRules.Yi(D(row["fixed_asset_investment"]))}亿元" + (NarrativeRules.Growth(growth) is { } g ? "，" + g : "") };
        if (Target("完成固定资产投资(亿元)") is { } t) parts.Add("固定资产投资" + t);
        var foreignGrowth = row["foreign_capital_yoy"] is { } f ? NarrativeRules.Growth(Convert.ToDouble(f, CultureInfo.InvariantCulture)) : null;
        parts.Add($"实际利用外资{NarrativeRules.Yi(D(row["foreign_capital_used"]))}万美元" + (foreignGrowth is null ? "" : "，" + foreignGrowth));
        return new Prose().Add(NarrativeRules.Verdict(NarrativeRules.Capital, growth, D(row["fixed_asset_investment"]) > 0) + "。").Add(string.Join("；", parts) + "。");
    }

    /// <summary>其中，最快的XX项目3月签约、4月开工、12月投产 (internal only).</summary>
    private string Fastest()
    {
        if (!Named) return "";
        var row = Rows("speed").FirstOrDefault(r => !r.ContainsKey("region") || (string?)r["region"] == "全市");
        if (row?["fastest_project_name"] is not string name || row["fastest_signed_on"] is not DateOnly signed
            || row["fastest_started_on"] is not DateOnly started || row["fastest_producing_on"] is not DateOnly producing) return "";
        return $"最快的{name}{Month(signed, null)}签约、{Month(started, signed)}开工、{Month(producing, started)}投产。";
    }

    /// <summary>7月, or 2021年1月 where the year differs from the date before it (or from the as-of year for the first).</summary>
    private string Month(DateOnly date, DateOnly? before) =>
        date.Year == (before?.Year ?? Year) ? $"{date.Month}月" : $"{date.Year}年{date.Month}月";

    /// <summary>云签约 → 云签约活动, 2021世界制造业大会 stays.</summary>
    private static string Event(string name) => name.EndsWith("签约", StringComparison.Ordinal) ? name + "活动" : name;
}
