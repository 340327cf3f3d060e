using System.Globalization;
using Analytics.Charts.Tables;
using Analytics.Core.Dashboards.Blocks.Charts;
using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// A ranking table: members of a dimension (<c>by</c>) by a <c>metric</c>, the first <c>top</c>, with last year's
/// value and rank and the change of rank as an arrow (↑2: moved up two places). With <c>member</c> (e.g.
/// <c>$region</c>): that member's place in each ranking of <c>metrics</c> (all of the dimension's by default).
/// </summary>
internal sealed class RankingBlock : IBlock
{
    public IReadOnlyList<string> Options { get; } = ["by", "metric", "metrics", "member", "top", "title"];

    public BlockResult Render(BlockContext context, BlockOptions options)
    {
        options.Allow(Options);
        var by = ModelValues.Dimension(options);
        return options.String("member") is { } member ? Member(context, options, by, member) : Ranking(context, options, by);
    }

    private static BlockResult Ranking(BlockContext context, BlockOptions options, string by)
    {
        var metric = options.Choice("metric", MetricsReader.RankingMetrics.ToList());
        var top = options.Int("top", 1, 1000);
        var rows = Read(context, by, metric);
        if (top is { } n) rows = rows.Take(n).ToList();
        var format = ModelValues.Format(RankingsChartModel.Kind(metric));
        var unit = $"（{format.Unit}）";
        var caption = options.String("title") ?? $"{context.YearToDate}各{ModelValues.DimensionName(by)}{RankingsChartModel.Label(metric)}排名";
        var table = new ChartTable(caption,
            ["名次", ModelValues.DimensionName(by), RankingsChartModel.Label(metric) + unit, "上年同期" + unit, "上年名次", "名次变化"],
            rows.Select(r => Row(r.Rank, r.Member, r, format)).ToList());
        return Result(context, options, table, rows, by == "region" ? 1 : null);
    }

    private static BlockResult Member(BlockContext context, BlockOptions options, string by, string member)
    {
        if (member == "$region") member = context.Request.Region ?? throw new BlockException("本页需要选择地区（region）");
        var metrics = options.Strings("metrics") is { Count: > 0 } listed ? listed
            : MetricsReader.RankingMetrics.Where(m => by == "region" || m != "target_completion").ToList();
        var found = new List<RankingRow>();
        var cells = new List<IReadOnlyList<string?>>();
        foreach (var metric in metrics)
        {
            var rows = Read(context, by, metric);
            var row = rows.FirstOrDefault(r => r.Member == member)
                ?? throw new BlockException($"「{member}」不是{ModelValues.DimensionName(by)}，可用：{string.Join("、", rows.Select(r => r.Member))}");
            found.Add(row);
            var format = ModelValues.Format(RankingsChartModel.Kind(metric));
            var place = row.Rank is { } rank ? $"{rank.ToString(CultureInfo.InvariantCulture)}/{rows.Count.ToString(CultureInfo.InvariantCulture)}" : null;
            cells.Add(Row(null, $"{RankingsChartModel.Label(metric)}（{format.Unit}）", row, format).Skip(1).Prepend(place).ToList());
        }
        var caption = options.String("title") ?? $"{context.YearToDate}{member}在各{ModelValues.DimensionName(by)}中的排名";
        var table = new ChartTable(caption, ["名次", "指标", "数值", "上年同期", "上年名次", "名次变化"], cells);
        // The metric names stand in the second column; the first is the place.
        return Result(context, options, table, found, null);
    }

    private static IReadOnlyList<RankingRow> Read(BlockContext context, string by, string metric)
    {
        var rows = RankingsChartModel.Read(context, by, metric);
        if (context.Masked && rows.Any(r => r.Value is null || r.PreviousValue is null)) context.MarkSuppressed();
        return rows;
    }

    private static List<string?> Row(long? rank, string name, RankingRow r, Analytics.Charts.ValueFormat format) =>
    [
        rank?.ToString(CultureInfo.InvariantCulture), name, Cell(r.Value, format), Cell(r.PreviousValue, format),
        r.PreviousRank?.ToString(CultureInfo.InvariantCulture), r.RankChange is { } c ? c.ToString("+0;-0;0", CultureInfo.InvariantCulture) : null,
    ];

    private static BlockResult Result(BlockContext context, BlockOptions options, ChartTable table, IReadOnlyList<RankingRow> rows, int? regionColumn)
    {
        var html = context.Html();
        html.Open("div", "block ranking-block");
        DataTables.Html(html, context, Arrows(table), "ranking", regionColumn, (r, c) =>
            c != 5 ? null : rows[r].RankChange switch { > 0 => "num rank-up", < 0 => "num rank-down", _ => "num" });
        DataTables.CsvLink(html, context, options.Number);
        html.Close("div").Line();
        return new BlockResult(html.ToString(), DataTables.Text(Arrows(table)), Table: table);
    }

    /// <summary>The rank change as ↑2 / ↓1 / 持平 for reading; the CSV keeps +2 / -1 / 0.</summary>
    private static ChartTable Arrows(ChartTable table) => table with
    {
        Rows = table.Rows.Select(r => (IReadOnlyList<string?>)r.Take(5).Append(r[5] switch
        {
            null => null,
            "0" => "持平",
            var s when s.StartsWith('+') => "↑" + s[1..],
            var s => "↓" + s[1..],
        }).ToList()).ToList(),
    };

    private static string? Cell(double? value, Analytics.Charts.ValueFormat format) =>
        value is { } v && !double.IsNaN(v) && !double.IsInfinity(v) ? format.FormatBare((decimal)v) : null;
}
