namespace Analytics.Charts.Plotting;

/// <summary>
/// Places a donut's outside labels: each on the side of its slice's middle, as near its slice's
/// height as the labels above and below on that side allow, none overlapping, all inside the area.
/// </summary>
internal static class DonutLabels
{
    /// <summary>
    /// The heights (px from the centre, up positive) of labels wanted at <paramref name="ideal"/>,
    /// each <paramref name="height"/> tall, kept within ±<paramref name="half"/>; null when they cannot all fit.
    /// </summary>
    public static double[]? Spread(IReadOnlyList<double> ideal, double height, double half)
    {
        if (ideal.Count * height > 2 * half) return null;
        var order = Enumerable.Range(0, ideal.Count).OrderByDescending(i => ideal[i]).ToList();
        var placed = new double[ideal.Count];
        var previous = double.PositiveInfinity;
        foreach (var i in order)
        {
            var y = Math.Min(ideal[i], half - height / 2);
            if (previous - y < height) y = previous - height;
            placed[i] = previous = y;
        }
        // Push back up from the bottom where the last ones fell out of the area.
        var next = double.NegativeInfinity;
        foreach (var i in Enumerable.Reverse(order))
        {
            var y = Math.Max(placed[i], -half + height / 2);
            if (y - next < height) y = next + height;
            placed[i] = next = y;
        }
        return placed;
    }
}
