using Analytics.Charts.Specs;
using Analytics.Charts.Theme;
using ScottPlot;
using Palette = Analytics.Charts.Theme.Palette;

namespace Analytics.Charts.Plotting;

/// <summary>
/// Ranked horizontal bars: the rank at the left edge, the name before the bar, the value after it;
/// the highlighted member strong, the rest muted; rows beyond the limit counted in a note.
/// </summary>
internal static class RankingChartRenderer
{
    private const float RowHeight = 26, WrappedRowHeight = 40;

    /// <summary>The chart's size in px at 1×: as tall as its rows need unless set.</summary>
    public static (int Width, int Height) Size(RankingChartSpec spec)
    {
        var plan = Plan(spec);
        return (plan.Width, plan.Height);
    }

    /// <summary>What a ranking draws: its ranked members, the rows shown, the note on the rest, the names' room and whether they wrap.</summary>
    private static (IReadOnlyList<(int Rank, string Name, decimal Value)> Ranked, string? Highlight, List<(int Rank, string Name, decimal Value)?> Rows,
        string? Note, float NameRoom, bool Wrap, int Width, int Height) Plan(RankingChartSpec spec)
    {
        var ranked = Ranking.Order(spec.Items);
        var highlight = spec.Highlight is null ? null : TextFit.Clean(spec.Highlight);
        var rows = Rows(ranked, highlight, Math.Max(1, spec.MaxRows));
        var note = HiddenNote(ranked.Count, rows);
        var width = spec.Width ?? 600;
        var nameRoom = Math.Min(width * 0.3f, rows.Select(r => TextFit.Width(r?.Name ?? "⋯")).DefaultIfEmpty(0).Max());
        // Names too long for the room go onto two lines, in taller rows.
        var wrap = rows.Any(r => r is { } row && TextFit.Width(row.Name) > nameRoom);
        var height = spec.Height ?? RowChart.Height(Math.Max(rows.Count, 3), wrap ? WrappedRowHeight : RowHeight, spec.Note is not null || note is not null);
        return (ranked, highlight, rows, note, nameRoom, wrap, width, height);
    }

    public static ChartPlot Draw(RankingChartSpec spec)
    {
        var (ranked, highlight, rows, note, nameRoom, wrap, width, height) = Plan(spec);
        if (ranked.Count == 0) return EmptyChart.Draw(spec, width, height);

        var chart = new ChartPlot(spec, width, height, [], spec.Format.IsPercent ? null : spec.Format.Unit, [note, spec.Note]);
        var plot = chart.Plot;
        var rankWidth = TextFit.Width(ranked[^1].Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), bold: true);
        var names = rows.Select(r => r is { } row ? string.Join("\n", TextFit.Wrap(row.Name, nameRoom, wrap ? 2 : 1)) : "⋯").ToList();
        var axisWidth = rankWidth + 10 + nameRoom + 6;
        plot.Axes.Left.MinimumSize = axisWidth;
        plot.Axes.Left.SetTicks(rows.Select((_, i) => RowChart.Position(i, rows.Count)).ToArray(), names.ToArray());
        plot.Axes.Bottom.IsVisible = false;
        plot.Grid.IsVisible = false;

        var shown = rows.OfType<(int Rank, string Name, decimal Value)>().ToList();
        var labelWidth = shown.Max(r => TextFit.Width(spec.Format.FormatNumber(r.Value), bold: true)) + 8;
        var plotWidth = width - 2 * ChartTheme.Margin - axisWidth;
        var (low, high) = Range(shown.Select(r => (double)r.Value).ToList(), labelWidth / Math.Max(40, plotWidth - labelWidth));
        plot.Axes.SetLimits(low, high, -0.5, rows.Count - 0.5);

        var bars = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not { } row) continue;
            var y = RowChart.Position(i, rows.Count);
            var strong = highlight is null || row.Name == highlight;
            bars.Add(Marks.Bar(y, 0, (double)row.Value, 0.62, strong ? Palette.Primary : Palette.PrimaryLight, horizontal: true));
            var isHighlight = highlight is not null && row.Name == highlight;
            var rank = ChartTheme.Text(color: isHighlight ? Palette.Ink : Palette.Muted, bold: isHighlight);
            rank.Alignment = Alignment.MiddleLeft;
            chart.Labels.Add(new ChartLabel(row.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), new Coordinates(0, y), rank)
            { FigureX = ChartTheme.Margin });
            var value = ChartTheme.Text(color: isHighlight ? Palette.Ink : Palette.Text, bold: isHighlight);
            value.Alignment = row.Value >= 0 ? Alignment.MiddleLeft : Alignment.MiddleRight;
            chart.Labels.Add(new ChartLabel(spec.Format.FormatNumber(row.Value), new Coordinates((double)row.Value, y), value)
            { Offset = new PixelOffset(row.Value >= 0 ? 4 : -4, 0) });
        }
        Marks.AddBars(chart, bars);
        if (low < 0) Marks.Baseline(chart, vertical: true);
        return chart;
    }

    private static (double Low, double High) Range(IReadOnlyList<double> values, double labelShare)
    {
        var max = Math.Max(0, values.Max());
        var min = Math.Min(0, values.Min());
        if (max == 0 && min == 0) return (0, 1);
        var span = max - min;
        return (min < 0 ? min - span * labelShare : 0, max > 0 ? max + span * labelShare : span * 0.02);
    }

    /// <summary>The rows to draw; null marks the "⋯" row before a highlighted member below the cut.</summary>
    private static List<(int Rank, string Name, decimal Value)?> Rows(
        IReadOnlyList<(int Rank, string Name, decimal Value)> ranked, string? highlight, int maxRows)
    {
        if (ranked.Count <= maxRows) return ranked.Select(r => ((int, string, decimal)?)r).ToList();
        var position = highlight is null ? -1 : ranked.ToList().FindIndex(r => r.Name == highlight);
        if (position < maxRows || maxRows < 3)
            return ranked.Take(maxRows).Select(r => ((int, string, decimal)?)r).ToList();
        var rows = ranked.Take(maxRows - 2).Select(r => ((int, string, decimal)?)r).ToList();
        rows.Add(null);
        rows.Add(ranked[position]);
        return rows;
    }

    private static string? HiddenNote(int total, List<(int Rank, string Name, decimal Value)?> rows)
    {
        var shown = rows.Count(r => r is not null);
        return shown < total ? $"另有{total - shown}项未列出，完整数据见数据表。" : null;
    }
}
