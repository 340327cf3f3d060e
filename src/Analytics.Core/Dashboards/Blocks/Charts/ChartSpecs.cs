using Analytics.Charts.Specs;

namespace Analytics.Core.Dashboards.Blocks.Charts;

/// <summary>Turns chart data into the spec of a kind (bar, ranking, line, stacked, donut, funnel, gauge), withheld values already null.</summary>
internal static class ChartSpecs
{
    public static readonly IReadOnlyList<string> Kinds = ["bar", "ranking", "line", "stacked", "donut", "funnel", "gauge"];

    /// <param name="original">The data before masking (a donut merges withheld slices into one when together they are 3 projects or more).</param>
    public static ChartSpec Build(string kind, ChartData data, ChartData original, IReadOnlySet<int> hidden, string title, string? note, string? highlight, BlockContext context)
    {
        var categories = data.Categories;
        var first = data.Series[0];
        var hiddenNote = ChartMask.Note(hidden.Count, data.CategoryName);
        var notes = string.Join(" ", new[] { note, hiddenNote }.Where(n => n is not null));
        string? Note() => notes.Length == 0 ? null : notes;
        IReadOnlyList<ChartSeries> Series() => data.Series.Select(s => new ChartSeries(s.Name, s.Values)).ToList();
        switch (kind)
        {
            case "bar":
                return new BarChartSpec { Title = title, Categories = categories, Series = Series(), CategoryName = data.CategoryName, Format = data.Format, Note = note };
            case "line":
                return new LineChartSpec { Title = title, Categories = categories, Series = Series(), CategoryName = data.CategoryName, Format = data.Format, Note = note };
            case "stacked":
                // A withheld segment is left out of its bar, so the total drawn is of the segments shown.
                var withheld = data.Series.Any(s => s.Values.Any(v => v is null));
                var stackedNote = string.Join(" ", new[] { note, withheld ? "合计不含依规不予公开的部分。" : null }.Where(n => n is not null));
                return new StackedBarChartSpec
                {
                    Title = title, Categories = categories, Series = Series(), CategoryName = data.CategoryName, Format = data.Format,
                    Note = stackedNote.Length == 0 ? null : stackedNote, Ordinal = data.Ordinal,
                };
            case "ranking":
                return new RankingChartSpec
                {
                    Title = title, NameHeader = data.CategoryName, Format = data.Format, Note = Note(), Highlight = highlight,
                    Items = Present(categories, first.Values).Select(p => new RankingItem(p.Name, p.Value)).ToList(),
                };
            case "donut":
                return Donut(data, original, hidden, title, note, context);
            case "funnel":
                return new FunnelChartSpec
                {
                    Title = title, Format = data.Format, Note = Note(),
                    Stages = Present(categories, first.Values).Select(p => new FunnelStage(p.Name, p.Value)).ToList(),
                };
            case "gauge":
                if (data.Targets is null || data.Schedule is null)
                    throw new BlockException("gauge 只能用于 model: target_progress（需要目标任务）");
                return new GaugeChartSpec
                {
                    Title = title, Format = data.Format, Note = Note(), Schedule = data.Schedule.Value, NameHeader = data.CategoryName,
                    Rows = categories.Select((c, i) => (c, i)).Where(x => first.Values[x.i] is not null)
                        .Select(x => new GaugeRow(x.c, first.Values[x.i]!.Value, data.Targets[x.i])).ToList(),
                };
            default:
                throw new BlockException($"未知图表类型「{kind}」，可用：{string.Join("、", Kinds)}");
        }
    }

    private static DonutChartSpec Donut(ChartData data, ChartData original, IReadOnlySet<int> hidden, string title, string? note, BlockContext context)
    {
        var first = data.Series[0];
        var slices = Present(data.Categories, first.Values).Select(p => new DonutSlice(p.Name, p.Value)).ToList();
        var hiddenNote = ChartMask.Note(hidden.Count, data.CategoryName);
        if (hidden.Count > 0)
        {
            // Together the withheld slices may be shown as one where 3 projects or more make them up.
            var projects = hidden.Sum(i => original.Series[0].Projects[i] ?? 0);
            if (!Disclosure.Hidden(projects))
            {
                slices.Add(new DonutSlice("其他（合并列示）", hidden.Sum(i => original.Series[0].Values[i] ?? 0)));
                hiddenNote = $"涉及项目少于3个的{hidden.Count}个{data.CategoryName}合并列示为“其他”。";
            }
        }
        var notes = string.Join(" ", new[] { note, hiddenNote }.Where(n => n is not null));
        return new DonutChartSpec { Title = title, Slices = slices, Format = data.Format, NameHeader = data.CategoryName, Note = notes.Length == 0 ? null : notes };
    }

    private static IEnumerable<(string Name, decimal Value)> Present(IReadOnlyList<string> categories, IReadOnlyList<decimal?> values) =>
        categories.Select((c, i) => (c, values[i])).Where(x => x.Item2 is not null).Select(x => (x.c, x.Item2!.Value));
}
