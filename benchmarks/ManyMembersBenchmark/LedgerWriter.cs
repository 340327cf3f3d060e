using System.Globalization;
using System.Text;

namespace ManyMembersBenchmark;

/// <summary>
/// The ledger of issue 13: N members (regions, or industry chains) of 3 projects each, signed over 2024–2026 and most
/// started within 200 days; 10,000 regions make a 2.6 MB CSV.
/// </summary>
internal static class LedgerWriter
{
    private static readonly string[] Chains = ["新能源汽车", "新一代信息技术", "生物医药", "高端装备制造", "新材料"];
    private static readonly string[] Funds = ["省外资金", "省内市外资金", "本地资金", "外资", "产业基金"];

    public static void Write(string path, string dimension, int members)
    {
        var random = new Random(7);
        var text = new StringBuilder("项目编号,项目名称,所属地区,产业链,资金来源,协议总投资(亿元),签约日期,开工日期\n");
        var start = new DateOnly(2024, 1, 1);
        var id = 0;
        for (var m = 0; m < members; m++)
            for (var j = 0; j < 3; j++)
            {
                id++;
                var signed = start.AddDays(random.Next(900));
                var started = signed.AddDays(random.Next(200));
                var region = dimension == "region" ? $"地区{m:D5}" : "江城区";
                var chain = dimension == "chain" ? $"产业链{m:D5}" : Chains[random.Next(Chains.Length)];
                text.Append(CultureInfo.InvariantCulture,
                    $"P{id:D6},项目{id},{region},{chain},{Funds[random.Next(Funds.Length)]},{random.Next(1, 5000) / 100m},{signed:yyyy-MM-dd},{started:yyyy-MM-dd}\n");
            }
        File.WriteAllText(path, text.ToString());
    }
}
