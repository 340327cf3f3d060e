using System.Globalization;
using System.Text;

namespace ProviderBenchmark;

/// <summary>
/// Ledger-shaped rows (a projects ledger: 10 columns, Chinese text, a DECIMAL(18,4) investment in 亿元,
/// three dates of which producing_on is NULL for a third of the rows), generated deterministically and
/// held column by column so that the timed append loop reads ready values.
/// </summary>
public sealed class LedgerRows
{
    /// <summary>The table every append contender fills: name and DuckDB type per column, in order.</summary>
    public static readonly (string Name, string Type)[] Columns =
    [
        ("project_id", "VARCHAR"), ("name", "VARCHAR"), ("region", "VARCHAR"), ("chain", "VARCHAR"),
        ("fund_source", "VARCHAR"), ("investment", "DECIMAL(18,4)"), ("signed_on", "DATE"),
        ("started_on", "DATE"), ("producing_on", "DATE"), ("status", "VARCHAR"),
    ];

    public static string CreateTableSql =>
        $"create table ledger ({string.Join(", ", Columns.Select(c => $"{c.Name} {c.Type}"))})";

    /// <summary>Inserts the CSV file's rows through DuckDB's own CSV reader.</summary>
    public static string InsertFromCsvSql(string path) =>
        $"insert into ledger select * from read_csv('{path.Replace("'", "''")}', header = true, " +
        $"columns = {{{string.Join(", ", Columns.Select(c => $"'{c.Name}': '{c.Type}'"))}}})";

    /// <summary>One VARCHAR summarising the table: equal for two tables holding the same rows.</summary>
    public const string FingerprintSql = """
        select 'rows=' || count(*)
            || ';investment=' || sum(investment)
            || ';producing=' || count(producing_on)
            || ';text=' || sum(hash(project_id || '|' || name || '|' || region || '|' || chain || '|' || fund_source || '|' || status) % 1000000007)
            || ';days=' || (sum(signed_on - date '1970-01-01') + sum(started_on - date '1970-01-01') + sum(producing_on - date '1970-01-01'))
        from ledger
        """;

    private static readonly string[] Regions = ["经开区", "高新区", "城东区", "城西区", "临港新区", "滨湖区", "北部新城", "南湖县", "青山县", "白云县", "梅林镇", "综合保税区"];
    private static readonly string[] Chains = ["新能源汽车", "新一代信息技术", "生物医药", "高端装备制造", "新材料", "现代物流", "数字经济", "绿色食品"];
    private static readonly string[] Kinds = ["零部件", "研发中心", "生产基地", "智能工厂", "区域总部"];
    private static readonly string[] FundSources = ["省外资金", "省内市外资金", "本地资金", "外资", "产业基金"];
    private static readonly DateOnly FirstSigning = new(2019, 1, 1);

    private LedgerRows(int count)
    {
        Count = count;
        ProjectId = new string[count];
        Name = new string[count];
        Region = new string[count];
        Chain = new string[count];
        FundSource = new string[count];
        Investment = new decimal[count];
        SignedOn = new DateOnly[count];
        StartedOn = new DateOnly[count];
        ProducingOn = new DateOnly?[count];
        Status = new string[count];
    }

    public int Count { get; }
    public string[] ProjectId { get; }
    public string[] Name { get; }
    public string[] Region { get; }
    public string[] Chain { get; }
    public string[] FundSource { get; }

    /// <summary>协议总投资, in 亿元, 4 decimals.</summary>
    public decimal[] Investment { get; }
    public DateOnly[] SignedOn { get; }
    public DateOnly[] StartedOn { get; }
    public DateOnly?[] ProducingOn { get; }
    public string[] Status { get; }

    public static LedgerRows Generate(int count)
    {
        var rows = new LedgerRows(count);
        for (var i = 0; i < count; i++)
        {
            var chain = Chains[i % Chains.Length];
            rows.ProjectId[i] = $"P{i:D7}";
            rows.Name[i] = $"{chain}{Kinds[i / 7 % Kinds.Length]}项目-{i}";
            rows.Region[i] = Regions[i / 3 % Regions.Length];
            rows.Chain[i] = chain;
            rows.FundSource[i] = FundSources[i / 11 % FundSources.Length];
            rows.Investment[i] = ((long)i * 7919 % 1_000_000 + 1_000) / 10_000m;
            rows.SignedOn[i] = FirstSigning.AddDays((int)((long)i * 37 % 2190));
            rows.StartedOn[i] = rows.SignedOn[i].AddDays(30 + i % 120);
            rows.ProducingOn[i] = i % 3 == 0 ? null : rows.StartedOn[i].AddDays(180 + i % 400);
            rows.Status[i] = rows.ProducingOn[i] is null ? "已开工" : "已投产";
        }
        return rows;
    }

    /// <summary>Writes the rows as UTF-8 CSV with a header; no value holds a comma or a quote, a NULL is empty.</summary>
    public void WriteCsv(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 20);
        writer.Write(string.Join(",", Columns.Select(c => c.Name)));
        writer.Write('\n');
        var invariant = CultureInfo.InvariantCulture;
        for (var i = 0; i < Count; i++)
        {
            writer.Write(ProjectId[i]); writer.Write(',');
            writer.Write(Name[i]); writer.Write(',');
            writer.Write(Region[i]); writer.Write(',');
            writer.Write(Chain[i]); writer.Write(',');
            writer.Write(FundSource[i]); writer.Write(',');
            writer.Write(Investment[i].ToString("0.0000", invariant)); writer.Write(',');
            writer.Write(SignedOn[i].ToString("yyyy-MM-dd", invariant)); writer.Write(',');
            writer.Write(StartedOn[i].ToString("yyyy-MM-dd", invariant)); writer.Write(',');
            if (ProducingOn[i] is { } producing) writer.Write(producing.ToString("yyyy-MM-dd", invariant));
            writer.Write(',');
            writer.Write(Status[i]);
            writer.Write('\n');
        }
    }
}
