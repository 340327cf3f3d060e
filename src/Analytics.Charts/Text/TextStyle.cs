using Analytics.Charts.Layout;

namespace Analytics.Charts.Text;

/// <summary>
/// A size and weight of the chart face, with the measurements layout needs. The box of a line
/// reaches <see cref="Above"/> em over the baseline and <see cref="Below"/> em under it: the
/// ideographic em box plus room for Latin descenders, brackets and accents, as drawn by librsvg.
/// </summary>
/// <param name="Size">Font size in px.</param>
/// <param name="Bold">Bold face.</param>
internal readonly record struct TextStyle(double Size, bool Bold = false)
{
    /// <summary>Box top above the baseline, in em.</summary>
    public const double Above = 0.92;

    /// <summary>Box bottom below the baseline, in em.</summary>
    public const double Below = 0.28;

    /// <summary>Distance between baselines of wrapped lines, in em.</summary>
    public const double LineSpacing = 1.3;

    /// <summary>Height of one line's box, in px.</summary>
    public double BoxHeight => (Above + Below) * Size;

    /// <summary>Baseline-to-baseline distance, in px.</summary>
    public double LineHeight => LineSpacing * Size;

    /// <summary>Width of the text in px.</summary>
    public double Measure(string text) => Fonts.For(Bold).Measure(text, Size);

    /// <summary>The baseline that centres the ideographic em box on <paramref name="centerY"/>.</summary>
    public double BaselineFor(double centerY) => centerY + 0.38 * Size;

    /// <summary>The baseline of a line whose box starts at <paramref name="top"/>.</summary>
    public double BaselineBelow(double top) => top + Above * Size;

    /// <summary>The box of a line of text drawn at (x, baseline) with the given anchor.</summary>
    public Rect Box(string text, double x, double baseline, Anchor anchor)
    {
        var width = Measure(text);
        var left = anchor switch
        {
            Anchor.Middle => x - width / 2,
            Anchor.End => x - width,
            _ => x,
        };
        return new Rect(left, baseline - Above * Size, width, BoxHeight);
    }
}
