namespace Analytics.Core.Ingest.Ledgers;

/// <summary>How a ledger column's cells are read.</summary>
public enum ColumnValueType
{
    Text,
    /// <summary>An amount in 亿元; a 万元 header divides by 10,000.</summary>
    Amount,
    Date,
    /// <summary>A month: <c>2021-03</c>, <c>2021年3月</c> or any date in it.</summary>
    Month,
    Integer,
}
