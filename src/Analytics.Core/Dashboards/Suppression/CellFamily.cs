namespace Analytics.Core.Dashboards.Suppression;

/// <summary>
/// A group of kpis columns built from the same projects: <paramref name="Count"/> counts them (the figure is withheld
/// together), <paramref name="Values"/> are the figures shown. Last year's columns follow the same rule at last year's
/// date. A stock (under construction) is not summed from January, so its changes are watched across years.
/// </summary>
/// <param name="Name">The family's key, e.g. <c>signed</c>, <c>signed_ge10</c>, <c>funds</c>.</param>
/// <param name="Count">The column counting the projects behind the values (distinct projects for funds).</param>
/// <param name="Values">Every column of the family (the count included where it is shown).</param>
/// <param name="PreviousValues">The same columns for last year's period (empty where kpis has none).</param>
internal sealed record CellFamily(string Name, string Count, IReadOnlyList<string> Values, IReadOnlyList<string> PreviousValues, bool Stock = false)
{
    private static readonly string[] Bands = ["1", "10", "20", "50", "100"];

    public static readonly IReadOnlyList<CellFamily> All =
    [
        Amounts("signed", "signed_count", "signed_investment"),
        .. Bands.Select(b => Counted($"signed_ge{b}", prev: true)),
        Amounts("started", "started_count", "started_investment"),
        .. Bands.Select(b => Counted($"started_ge{b}", prev: true)),
        Amounts("producing", "producing_count", "producing_investment"),
        new("under_construction_ge1", "under_construction_ge1", ["under_construction_ge1"], ["under_construction_ge1_prev"], Stock: true),
        new("under_construction_ge1_outside", "under_construction_ge1_outside", ["under_construction_ge1_outside"], [], Stock: true),
        Counted("signed_ge1_started", prev: true),
        Counted("signed_ge1_in_stats", prev: true),
        Counted("signed_industrial", prev: false),
        new("funds", "funds_projects", ["funds_in_place", "funds_projects"], ["funds_prev", "funds_projects_prev"]),
    ];

    /// <summary>
    /// Families whose projects nest (each a subset of the one before): the difference of two shown figures counts the
    /// projects between them, e.g. ≥ 10 亿 minus ≥ 20 亿.
    /// </summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> Chains =
    [
        ["signed", .. Bands.Select(b => $"signed_ge{b}")],
        ["started", .. Bands.Select(b => $"started_ge{b}")],
        ["signed_ge1", "signed_ge1_started"],
        ["signed_ge1", "signed_ge1_in_stats"],
        ["signed", "signed_industrial"],
        ["under_construction_ge1", "under_construction_ge1_outside"],
    ];

    /// <summary>Ratios of the kpis model and the families (<c>@prev</c>: last year's) they are computed from.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Derived = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["funds_yoy"] = ["funds", "funds@prev"],
        ["start_rate"] = ["signed_ge1", "signed_ge1_started"],
        ["stats_rate"] = ["signed_ge1", "signed_ge1_in_stats"],
        ["start_rate_prev"] = ["signed_ge1@prev", "signed_ge1_started@prev"],
        ["stats_rate_prev"] = ["signed_ge1@prev", "signed_ge1_in_stats@prev"],
        ["industrial_share"] = ["signed", "signed_industrial"],
    };

    /// <summary>The family a target indicator's actual comes from (null: an indicator the models do not compute).</summary>
    public static string? OfIndicator(string indicator) => indicator switch
    {
        "新签约亿元以上项目数" => "signed_ge1",
        "新开工亿元以上项目数" => "started_ge1",
        "实际到位资金(亿元)" => "funds",
        "签约总投资(亿元)" => "signed",
        _ => null,
    };

    /// <summary>The family behind a ranking metric (funds_yoy: funds, both years; target_completion: the region's targets).</summary>
    public static string? OfRanking(string metric) => metric switch
    {
        "signed_count" => "signed_ge1",
        "signed_investment" => "signed",
        "started_count" => "started_ge1",
        "funds_in_place" or "funds_yoy" => "funds",
        _ => null,
    };

    private static CellFamily Amounts(string name, string count, string amount) =>
        new(name, count, [count, amount], [count + "_prev", amount + "_prev"]);

    private static CellFamily Counted(string column, bool prev) => new(column, column, [column], prev ? [column + "_prev"] : []);
}
