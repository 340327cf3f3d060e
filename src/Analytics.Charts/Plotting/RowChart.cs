namespace Analytics.Charts.Plotting;

/// <summary>Sizes shared by charts with one row per member (ranking, target progress, funnel).</summary>
internal static class RowChart
{
    /// <summary>The height that gives <paramref name="rows"/> rows of <paramref name="rowHeight"/> px their room, with the frame around them.</summary>
    public static int Height(int rows, float rowHeight, bool hasNote, float extra = 0) =>
        (int)Math.Ceiling(64 + extra + rows * rowHeight + (hasNote ? 2 * TextFit.LineHeight() + 6 : 0) + ChartTheme.Margin);

    /// <summary>Row positions from the top: row 0 of <paramref name="count"/> at the top.</summary>
    public static double Position(int row, int count) => count - 1 - row;
}
