using System.Globalization;
using System.Text;

namespace Analytics.Core.Tests.Metrics;

/// <summary>Writes small ledgers as CSV files with the headers of domain.md, the way an office would save them from Excel.</summary>
public static class LedgerCsv
{
    public static string Projects(string directory, IEnumerable<ProjectRow> rows, string name = "项目台账.csv") =>
        Write(directory, name, "项目编号,项目名称,所属地区,产业链,资金来源,协议总投资(亿元),签约日期,开工日期,投产日期,入统日期,项目状态,项目类型,投资主体性质",
            rows.Select(p => Line(p.Id, p.Id + "项目", p.Region, p.Chain, p.Source, Number(p.Investment),
                p.Signed, p.Started, p.Producing, p.InStats, p.Status, p.Type, p.InvestorType)));

    /// <summary>资金到位台账: (项目编号, 到位月份 as <c>2021-03</c>, 实际到位资金(亿元)).</summary>
    public static string Funds(string directory, IEnumerable<(string Project, string Month, decimal Amount)> rows, string name = "资金到位台账.csv") =>
        Write(directory, name, "项目编号,到位月份,实际到位资金(亿元)", rows.Select(f => Line(f.Project, f.Month, Number(f.Amount))));

    public static string Targets(string directory, IEnumerable<(int Year, string Region, string Indicator, decimal Target)> rows, string name = "目标任务.csv") =>
        Write(directory, name, "年度,所属地区,指标,目标值",
            rows.Select(t => Line(t.Year.ToString(CultureInfo.InvariantCulture), t.Region, t.Indicator, Number(t.Target))));

    public static string Activities(string directory, IEnumerable<(string Date, string Region, string Type, int Count)> rows, string name = "招商活动台账.csv") =>
        Write(directory, name, "日期,所属地区,活动类型,次数,说明",
            rows.Select(a => Line(a.Date, a.Region, a.Type, a.Count.ToString(CultureInfo.InvariantCulture), "")));

    private static string Write(string directory, string name, string header, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, header + "\n" + string.Join("\n", lines) + "\n", new UTF8Encoding(true));
        return path;
    }

    private static string Line(params string?[] cells) => string.Join(",", cells.Select(c => c ?? ""));

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
