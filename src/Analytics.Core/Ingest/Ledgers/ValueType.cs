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
    /// <summary>An amount in 万美元 (US dollars); the header's unit, when written, must be 万美元.</summary>
    Dollars,
    /// <summary>是 or 否 (also Y/N, 1/0, √); blank is 否.</summary>
    YesNo,
}
