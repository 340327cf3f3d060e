using Analytics.Core.Ingest;

namespace Analytics.Core.Demo;

/// <summary>
/// The funds ledger's optional columns, derived from the month's funds without drawing: 完成固定资产投资 once the
/// project has started (most of the money goes into plant and equipment), 实际利用外资 for foreign capital.
/// </summary>
internal static class FundDetails
{
    /// <summary>The share of a started project's funds that forms fixed assets.</summary>
    private const decimal FixedAssetShare = 0.82m;

    /// <summary>万美元 per 亿元 of foreign funds in place.</summary>
    private const decimal DollarsPerYi = 1400m;

    /// <summary>The row of <paramref name="month"/>, as the ledger of <paramref name="today"/> records it.</summary>
    public static FundRecord Record(DemoProject project, DateOnly month, decimal amount, DateOnly today)
    {
        var started = project.StartedOn is { } s && s <= today && new DateOnly(s.Year, s.Month, 1) <= month;
        return new FundRecord(project.Id, month, amount,
            started ? Math.Round(amount * FixedAssetShare, 4) : null,
            project.FundSource == "外资" ? Math.Round(amount * DollarsPerYi, 1) : null);
    }
}
