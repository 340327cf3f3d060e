using System.Globalization;
using System.Text;

namespace Analytics.Tests.Ingest;

/// <summary>Ledger CSV files written by code: a small valid base set and large projects ledgers of any size.</summary>
internal static class GeneratedLedgers
{
    public const string ProjectsHeader = "项目编号,项目名称,投资方,所属地区,产业链,资金来源,协议总投资(亿元),签约日期,开工日期,投产日期,入统日期,项目状态";

    private static readonly string[] Regions = ["江城区", "河西区", "高新区", "经开区", "临港新区"];
    private static readonly string[] Chains = ["新能源汽车", "新一代信息技术", "生物医药", "高端装备制造"];
    private static readonly string[] Sources = ["省外资金", "省内市外资金", "本地资金", "外资", "产业基金"];
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>项目台账.csv (3 projects) and 资金到位台账.csv (2 rows) in <paramref name="directory"/>.</summary>
    public static string[] WriteBase(string directory)
    {
        Directory.CreateDirectory(directory);
        var projects = Path.Combine(directory, "项目台账.csv");
        File.WriteAllText(projects, ProjectsHeader + "\n"
            + "P001,新能源电池项目,甲公司,江城区,新能源汽车,省外资金,25.5,2021-01-15,2021-03-01,,,已开工\n"
            + "P002,芯片封测项目,乙公司,河西区,新一代信息技术,外资,12,2021-02-10,,,,已签约\n"
            + "P003,生物药产业园,丙公司,高新区,生物医药,本地资金,3.2,2020-11-20,2021-01-05,2021-10-01,2021-11-01,已入统\n", Utf8NoBom);
        var funds = Path.Combine(directory, "资金到位台账.csv");
        File.WriteAllText(funds, "项目编号,到位月份,实际到位资金(亿元)\nP001,2021-03,2.5\nP003,2021-01,0.8\n", Utf8NoBom);
        return [projects, funds];
    }

    /// <summary>A valid projects ledger of <paramref name="rows"/> rows; the same seed gives the same bytes.</summary>
    public static string WriteProjects(string path, int rows, int seed)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, Utf8NoBom, 1 << 16);
        writer.Write(ProjectsHeader);
        writer.Write('\n');
        var epoch = new DateOnly(2019, 1, 1);
        for (var i = 1; i <= rows; i++)
        {
            var signed = epoch.AddDays(random.Next(1000));
            var started = random.Next(3) == 0 ? "" : signed.AddDays(random.Next(200)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var investment = (random.Next(1, 500_000) / 100m).ToString(CultureInfo.InvariantCulture);
            var (region, chain, source) = (Regions[random.Next(Regions.Length)], Chains[random.Next(Chains.Length)], Sources[random.Next(Sources.Length)]);
            var status = started.Length > 0 ? "已开工" : "已签约";
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"G{seed:D3}-{i:D7},项目{i},企业{random.Next(10_000)},{region},{chain},{source},{investment},{signed:yyyy-MM-dd},{started},,,{status}\n"));
        }
        return path;
    }
}
