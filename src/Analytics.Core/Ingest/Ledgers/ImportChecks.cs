namespace Analytics.Core.Ingest.Ledgers;

/// <summary>
/// What the checks of one import keep across its files: the running totals of amounts (so that no sum
/// the models compute can overflow their decimals) and the names already folded (to warn once per form).
/// </summary>
public sealed class ImportChecks
{
    /// <summary>
    /// Largest sum of the absolute amounts of one column over an import, in 亿元: the models sum amounts
    /// as decimal(20,6), which holds 14 digits before the point.
    /// </summary>
    public const decimal MaxTotal = 100_000_000_000_000m;

    /// <summary>The day of the import: a 签约日期 after it, or a funds month after its month, is warned about.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Now);

    private readonly Dictionary<(LedgerKind, string), decimal> totals = [];
    private readonly HashSet<string> foldedForms = new(StringComparer.Ordinal);

    /// <summary>Adds an amount to its column's total; false when the total passes <see cref="MaxTotal"/>.</summary>
    public bool AddAmount(LedgerKind kind, string columnId, decimal amount)
    {
        var total = totals.GetValueOrDefault((kind, columnId)) + Math.Abs(amount);
        totals[(kind, columnId)] = total;
        return total < MaxTotal;
    }

    /// <summary>True the first time a name written in this form had to be folded.</summary>
    public bool FirstFolding(string raw) => foldedForms.Add(raw);
}
