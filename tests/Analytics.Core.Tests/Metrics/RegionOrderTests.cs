using Analytics.Core.Tests.Metrics.SecondEdition;

namespace Analytics.Core.Tests.Metrics;

/// <summary>region_order without a 地区 ledger, and with one that leaves a region out.</summary>
public sealed class RegionOrderTests
{
    private static readonly ProjectRow[] Projects =
    [
        new("P1", "东区", "新能源汽车", "省外资金", 2m, "2021-01-05"),
        new("P2", "西区", "生物医药", "本地资金", 3m, "2021-02-05"),
        new("P3", "东区", "生物医药", "本地资金", 4m, "2021-03-05"),
        new("P4", "北区", "新材料", "外资", 5m, "2021-04-05"),
    ];

    [Test]
    public void Without_a_regions_ledger_regions_come_in_their_order_of_first_appearance()
    {
        using var version = ImportedVersion.Create(dir => [LedgerCsv.Projects(dir, Projects)], new DateOnly(2021, 6, 30));

        Assert.That(RowText.Of(version.Rows("region_order"), "region", "position", "region_type"),
            Is.EqualTo(new[] { "东区 | 1 | ∅", "西区 | 2 | ∅", "北区 | 3 | ∅" }));
    }

    [Test]
    public void A_region_the_regions_ledger_leaves_out_comes_after_the_listed_ones()
    {
        using var version = ImportedVersion.Create(dir =>
        [
            LedgerCsv.Projects(dir, Projects),
            WriteRegions(dir, "所属地区,类型,排序", "北区,县市,2", "西区,中心城区,1"),
        ], new DateOnly(2021, 6, 30));

        Assert.That(RowText.Of(version.Rows("region_order"), "region", "position", "region_type"),
            Is.EqualTo(new[] { "西区 | 1 | 中心城区", "北区 | 2 | 县市", "东区 | 3 | ∅" }));
    }

    private static string WriteRegions(string directory, params string[] lines)
    {
        var path = Path.Combine(directory, "地区.csv");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }
}
