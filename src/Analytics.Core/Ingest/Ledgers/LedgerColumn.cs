namespace Analytics.Core.Ingest.Ledgers;

/// <summary>A column of a ledger: its identifier, its Chinese header and accepted aliases.</summary>
/// <param name="Id">The column's name in the database, e.g. <c>signed_on</c>.</param>
/// <param name="Header">The header as the domain file writes it, without unit, e.g. <c>协议总投资</c>.</param>
public sealed record LedgerColumn(string Id, string Header, ColumnValueType Type, bool Required, params string[] Aliases)
{
    /// <summary>The header shown in messages, with the unit for amounts, e.g. <c>协议总投资(亿元)</c>.</summary>
    public string DisplayHeader => Type switch
    {
        ColumnValueType.Amount => Header + "(亿元)",
        ColumnValueType.Dollars => Header + "(万美元)",
        _ => Header,
    };

    public IEnumerable<string> Names => Aliases.Prepend(Header);
}
