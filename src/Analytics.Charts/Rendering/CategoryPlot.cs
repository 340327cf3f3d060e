using Analytics.Charts.Layout;
using Analytics.Charts.Svg;
using Analytics.Charts.Text;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Rendering;

/// <summary>
/// The plot of a category chart: a value axis on the left with nice ticks and grid lines, one slot
/// per category along the bottom. Category labels take one line, or two where the slots are
/// narrow, or are thinned to every n-th (with a tick) where even that does not fit.
/// </summary>
internal sealed class CategoryPlot
{
    private const double TickGap = 6;
    private const double LabelGap = 5;
    private static readonly TextStyle TickStyle = Frame.LabelStyle;

    private readonly IReadOnlyList<string> _categories;
    private readonly ValueFormat _format;
    private readonly double _bottomReserve;
    private IReadOnlyList<IReadOnlyList<string>> _labels = [];

    private CategoryPlot(IReadOnlyList<string> categories, ValueFormat format, double bottomReserve)
    {
        _categories = categories;
        _format = format;
        _bottomReserve = bottomReserve;
    }

    /// <summary>The rectangle the values map into.</summary>
    public Rect Plot { get; private set; }

    public NiceScale Scale { get; private set; } = null!;

    /// <summary>Width of one category's slot in px.</summary>
    public double Slot => Plot.Width / _categories.Count;

    /// <summary>Every how many categories a label is drawn (1: all).</summary>
    public int Stride { get; private set; } = 1;

    /// <summary>Lays out the plot inside <paramref name="content"/> for values in [min, max].</summary>
    /// <param name="topReserve">Room above the plot for labels over the highest bar, px.</param>
    /// <param name="bottomReserve">Room under the plot for labels under the lowest bar, px.</param>
    /// <param name="rightReserve">Room right of the plot for end labels, px.</param>
    public static CategoryPlot Create(Rect content, IReadOnlyList<string> categories, double min, double max,
        ValueFormat format, double topReserve, double bottomReserve, double rightReserve = 0)
    {
        var plot = new CategoryPlot(categories, format, bottomReserve);
        var top = content.Y + Math.Max(topReserve, TickStyle.BoxHeight / 2);
        // Whole-number formats (counts) never get fractional ticks.
        var minStep = format.Decimals == 0 && !format.IsPercent ? 1 : 0;
        var scale = NiceScale.Create(min, max, MaxTicks(content.Height), minStep);
        double labelHeight = 0;
        // Tick labels set the left edge and category labels the bottom edge; the scale depends on
        // the height left: two rounds settle all three.
        for (var round = 0; round < 2; round++)
        {
            var left = content.X + plot.TickLabelWidth(scale) + TickGap;
            var right = content.Right - rightReserve;
            plot.LayOutLabels(right - left);
            labelHeight = LabelGap + plot.LabelLines * TickStyle.LineHeight;
            var bottom = content.Bottom - labelHeight - bottomReserve;
            plot.Plot = Rect.FromEdges(left, top, right, bottom);
            scale = NiceScale.Create(min, max, MaxTicks(plot.Plot.Height), minStep);
            plot.Scale = scale;
        }
        return plot;
    }

    private static int MaxTicks(double height) => Math.Clamp((int)(height / 38) + 1, 2, 8);

    /// <summary>Lines a category label takes (1 or 2).</summary>
    public int LabelLines => _labels.Count == 0 ? 1 : Math.Max(1, _labels.Max(l => l.Count));

    /// <summary>x of the centre of category <paramref name="index"/>.</summary>
    public double X(int index) => Plot.X + Slot * (index + 0.5);

    /// <summary>y of a value.</summary>
    public double Y(double value) => Scale.Map(value, Plot.Bottom, Plot.Y);

    /// <summary>Tick label of a value on this axis: "1,400", "0.5", "20%".</summary>
    public string TickLabel(double tick)
    {
        if (_format.IsPercent)
        {
            var decimals = Math.Max(0, DecimalsOf(Scale.Step * 100));
            return ValueFormat.Number((decimal)(tick * 100), decimals) + "%";
        }
        return ValueFormat.Number((decimal)tick, Scale.Decimals);
    }

    private double TickLabelWidth(NiceScale scale)
    {
        Scale = scale;
        return scale.Ticks.Max(t => TickStyle.Measure(TickLabel(t)));
    }

    private static int DecimalsOf(double step) => step >= 1 ? 0 : (int)Math.Ceiling(-Math.Log10(step) - 1e-9);

    private void LayOutLabels(double plotWidth)
    {
        var slot = plotWidth / _categories.Count;
        var room = slot - 6;
        Stride = 1;
        if (_categories.All(c => TickStyle.Measure(c) <= room))
        {
            _labels = _categories.Select(c => (IReadOnlyList<string>)[c]).ToList();
            return;
        }
        if (room >= 2 * TickStyle.Size)
        {
            _labels = _categories.Select(c => TextFit.Wrap(c, TickStyle, room, 2)).ToList();
            return;
        }
        // Thin the labels to every n-th (n a round number), each with room for about four characters.
        var want = Math.Min(_categories.Max(c => TickStyle.Measure(c)), 4 * TickStyle.Size) + 6;
        Stride = RoundStride((int)Math.Ceiling(want / slot));
        var width = slot * Stride - 6;
        var labels = _categories.Select((c, i) =>
            i % Stride == 0 ? (IReadOnlyList<string>)[TextFit.Shorten(c, TickStyle, width)] : []).ToList();
        // A label centred on its slot must not hang past either end of the axis: leave it out.
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i].Count == 0) continue;
            var half = TickStyle.Measure(labels[i][0]) / 2;
            var x = slot * (i + 0.5);
            if (x - half < -2 || x + half > plotWidth + 2) labels[i] = [];
        }
        _labels = labels;
    }

    private static int RoundStride(int stride)
    {
        foreach (var nice in (int[])[1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000])
            if (nice >= stride) return nice;
        return stride;
    }

    /// <summary>Grid lines and tick labels, drawn under the marks.</summary>
    public void DrawGrid(SvgWriter w)
    {
        foreach (var tick in Scale.Ticks)
        {
            var y = Y(tick);
            if (Math.Abs(tick) > 1e-12) w.Line(Plot.X, y, Plot.Right, y, Palette.Grid);
            w.Text(TickLabel(tick), Plot.X - TickGap, TickStyle.BaselineFor(y), TickStyle, Palette.Muted, Anchor.End);
        }
    }

    /// <summary>The zero line and the category labels, drawn over the marks.</summary>
    public void DrawAxis(SvgWriter w)
    {
        var zero = Y(0);
        w.Line(Plot.X, zero, Plot.Right, zero, Palette.Axis);
        var top = Plot.Bottom + _bottomReserve + LabelGap;
        for (var i = 0; i < _categories.Count; i++)
        {
            if (_labels[i].Count == 0) continue;
            if (Stride > 1) w.Line(X(i), Plot.Bottom, X(i), Plot.Bottom + 3, Palette.Axis);
            w.TextLines(_labels[i], X(i), TickStyle.BaselineBelow(top), TickStyle, Palette.Text, Anchor.Middle);
        }
    }
}
