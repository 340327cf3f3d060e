using Analytics.Charts.Layout;
using Analytics.Charts.Specs;
using Analytics.Charts.Svg;
using Analytics.Charts.Text;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Rendering;

/// <summary>
/// The parts every chart shares: the title, a row of legend entries with the unit on the right,
/// footnotes at the bottom, the white margin nothing is drawn in, and the empty state. Measured
/// before the document is opened, so charts that grow with their rows know their height.
/// </summary>
internal sealed class Frame
{
    /// <summary>The outer margin in px; nothing is drawn in it.</summary>
    public const double Pad = 12;
    private const double SwatchSize = 10;
    private const double SwatchGap = 5;
    private const double ItemGap = 14;

    public static readonly TextStyle TitleStyle = new(15, Bold: true);
    public static readonly TextStyle LabelStyle = new(12);
    public static readonly TextStyle StrongStyle = new(12, Bold: true);
    public static readonly TextStyle SmallStyle = new(11);
    public static readonly TextStyle NoteStyle = new(11);

    private readonly string _title;
    private readonly IReadOnlyList<string> _titleLines;
    private readonly List<List<(LegendItem Item, string Text, double Width)>> _legendRows = [];
    private readonly string _unitText;
    private readonly List<string> _noteLines = [];

    private Frame(ChartSpec spec, double width, IReadOnlyList<LegendItem> legend, string? unitText,
        IEnumerable<string?> notes)
    {
        Width = width;
        _title = TextFit.Clean(spec.Title);
        var inner = width - 2 * Pad;
        _titleLines = spec.ShowTitle ? TextFit.Wrap(_title, TitleStyle, inner, 2) : [];
        _unitText = TextFit.Shorten(TextFit.Clean(unitText), LabelStyle, inner / 2);
        LayOutLegend(legend, inner);
        foreach (var note in notes)
        {
            var clean = TextFit.Clean(note);
            if (clean.Length > 0) _noteLines.AddRange(TextFit.Wrap(clean, NoteStyle, inner, 3));
        }
        var header = Pad;
        if (_titleLines.Count > 0) header += _titleLines.Count * TitleStyle.LineHeight + 4;
        var rows = Math.Max(_legendRows.Count, _unitText.Length > 0 ? 1 : 0);
        header += rows * LabelStyle.LineHeight;
        HeaderHeight = header + (header > Pad ? 8 : 0);
        FooterHeight = Pad + (_noteLines.Count > 0 ? _noteLines.Count * NoteStyle.LineHeight + 6 : 0);
    }

    public double Width { get; }

    /// <summary>Height from the top edge to where the chart's own content starts.</summary>
    public double HeaderHeight { get; }

    /// <summary>Height from where the content ends to the bottom edge.</summary>
    public double FooterHeight { get; }

    /// <summary>The unit line for a value format: "单位：亿元"; none for percentages (ticks carry %).</summary>
    public static string? UnitText(ValueFormat format) =>
        format.IsPercent || format.Unit.Length == 0 ? null : "单位：" + format.Unit;

    /// <summary>Measures the frame of a chart.</summary>
    public static Frame Measure(ChartSpec spec, double width, IReadOnlyList<LegendItem> legend, string? unitText,
        params IEnumerable<string?> notes) => new(spec, width, legend, unitText, [spec.Note, .. notes]);

    /// <summary>Opens the document at <paramref name="height"/> and draws the frame.</summary>
    public SvgWriter Open(double height, string description)
    {
        var w = new SvgWriter(Width, height, _title, description);
        Content = Rect.FromEdges(Pad, HeaderHeight, Width - Pad, height - FooterHeight);
        var y = Pad;
        if (_titleLines.Count > 0)
        {
            w.TextLines(_titleLines, Pad, TitleStyle.BaselineBelow(y), TitleStyle, Palette.Ink);
            y += _titleLines.Count * TitleStyle.LineHeight + 4;
        }
        if (_unitText.Length > 0)
            w.Text(_unitText, Width - Pad, LabelStyle.BaselineBelow(y), LabelStyle, Palette.Muted, Anchor.End);
        foreach (var row in _legendRows)
        {
            DrawLegendRow(w, row, y);
            y += LabelStyle.LineHeight;
        }
        var noteTop = height - FooterHeight + 6;
        if (_noteLines.Count > 0)
            w.TextLines(_noteLines, Pad, NoteStyle.BaselineBelow(noteTop), NoteStyle, Palette.Faint);
        return w;
    }

    /// <summary>The area left for the chart, known once <see cref="Open"/> has run.</summary>
    public Rect Content { get; private set; }

    /// <summary>"暂无数据" in the middle of the content area.</summary>
    public void DrawEmpty(SvgWriter w)
    {
        var style = new TextStyle(14);
        var center = Content.Height >= style.BoxHeight ? Content.CenterY : (HeaderHeight + w.Height - FooterHeight) / 2;
        w.Text("暂无数据", Width / 2, style.BaselineFor(center), style, Palette.Faint, Anchor.Middle);
    }

    private void LayOutLegend(IReadOnlyList<LegendItem> legend, double inner)
    {
        if (legend.Count == 0) return;
        var row = new List<(LegendItem, string, double)>();
        var firstRowLimit = _unitText.Length > 0 ? inner - LabelStyle.Measure(_unitText) - ItemGap : inner;
        double x = 0;
        foreach (var item in legend)
        {
            var limit = _legendRows.Count == 0 ? firstRowLimit : inner;
            var text = TextFit.Shorten(TextFit.Clean(item.Label), LabelStyle, Math.Max(0, inner - SwatchSize - SwatchGap));
            var width = SwatchSize + SwatchGap + LabelStyle.Measure(text);
            if (row.Count > 0 && x + width > limit)
            {
                _legendRows.Add(row);
                row = [];
                x = 0;
            }
            row.Add((item, text, width));
            x += width + ItemGap;
        }
        _legendRows.Add(row);
        // The unit sits on the first row; a first row too full for it moves the unit above.
        if (_legendRows.Count > 0 && _unitText.Length > 0 && RowWidth(_legendRows[0]) > firstRowLimit)
            _legendRows.Insert(0, []);
    }

    private static double RowWidth(List<(LegendItem Item, string Text, double Width)> row) =>
        row.Sum(e => e.Width) + ItemGap * Math.Max(0, row.Count - 1);

    private static void DrawLegendRow(SvgWriter w, List<(LegendItem Item, string Text, double Width)> row, double top)
    {
        var x = Pad;
        var centerY = top + LabelStyle.LineHeight / 2;
        foreach (var (item, text, width) in row)
        {
            switch (item.Mark)
            {
                case LegendMark.Square:
                    w.Rect(new Rect(x, centerY - SwatchSize / 2, SwatchSize, SwatchSize), item.Color);
                    break;
                case LegendMark.Line:
                    w.Line(x, centerY, x + SwatchSize, centerY, item.Color, 2.5);
                    break;
                case LegendMark.DashedLine:
                    w.Line(x, centerY, x + SwatchSize, centerY, item.Color, 1.5, "3 2");
                    break;
            }
            w.Text(text, x + SwatchSize + SwatchGap, LabelStyle.BaselineFor(centerY), LabelStyle, Palette.Muted);
            x += width + ItemGap;
        }
    }
}
