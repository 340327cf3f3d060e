using System.Globalization;
using Analytics.Charts.Tables;
using Analytics.Core.Dashboards.Blocks.Charts;
using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// A monthly bulletin's table (月通报) of one <c>metric</c>: every region in the official order and the city, with this
/// month (当月) and last month, the month-on-month change (环比), this month's rank, the year to date (累计), its rank and
/// its change on last year (同比). Options: <c>metric</c>, <c>title</c>.
/// </summary>
internal sealed class BulletinBlock : IBlock
{
    /// <summary>The metrics a bulletin compares: flows, which have a month of their own.</summary>
    public static readonly IReadOnlyList<string> Metrics = ["signed_count", "signed_ge1", "signed_investment", "started_count", "started_ge1", "funds_in_place"];

    public IReadOnlyList<string> Options { get; } = ["metric", "title"];

    public BlockResult Render(BlockContext context, BlockOptions options)
    {
        options.Allow(Options);
        var metric = KpiMetric.Find(options.Choice("metric", Metrics))!;
        var rows = BulletinFigures.Read(context, metric);
        var monthRanks = BulletinFigures.Ranks(rows, r => r.Month);
        var yearRanks = BulletinFigures.Ranks(rows, r => r.Year);
        var format = ModelValues.Format(metric.Kind);
        var unit = $"（{format.Unit}）";
        var month = $"{context.AsOf.Month}月";
        var caption = options.String("title") ?? $"{PeriodPhrase.Of(Period.Month, context.AsOf)}各地区{metric.Label}（当月与累计）";
        string? Number(decimal? value) => value is { } v ? format.FormatBare(v) : null;
        string? Rank(Dictionary<string, int> ranks, string member) => ranks.TryGetValue(member, out var r) ? r.ToString(CultureInfo.InvariantCulture) : null;
        var table = new ChartTable(caption,
            ["地区", $"当月（{month}）{unit}", "上月" + unit, "环比（%）", "当月名次", $"累计（{PeriodPhrase.YearToDate(context.AsOf)}）{unit}", "累计名次", "同比（%）"],
            rows.Select(r => (IReadOnlyList<string?>)
            [
                r.Member, Number(r.Month), Number(r.LastMonth), Change(r.Month, r.LastMonth), Rank(monthRanks, r.Member),
                Number(r.Year), Rank(yearRanks, r.Member), Change(r.Year, r.PreviousYear),
            ]).ToList());
        if (context.Masked && rows.Any(r => r.Withheld(context.AsOf))) context.MarkSuppressed();
        var html = context.Html();
        html.Open("div", "block bulletin-block");
        DataTables.Html(html, context, table, "data-table bulletin", 0);
        DataTables.CsvLink(html, context, options.Number);
        html.Close("div").Line();
        return new BlockResult(html.ToString(), DataTables.Text(table), Table: table);
    }

    /// <summary>(current − previous) / previous in per cent to one decimal, signed; none where previous is 0 or either is unknown.</summary>
    private static string? Change(decimal? current, decimal? previous) =>
        current is { } c && previous is { } p && p != 0 ? Math.Round((c - p) / p * 100, 1, MidpointRounding.AwayFromZero).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : null;
}
