namespace Analytics.Charts.Rendering;

/// <summary>
/// Spreads the labels of one side of a donut vertically: each keeps the height of its slice where
/// it can, and is pushed down, then up, just enough that no two labels are closer than their height.
/// </summary>
internal static class DonutLabelPlacer
{
    /// <summary>Places the labels between <paramref name="top"/> and <paramref name="bottom"/> (centres); false where they cannot all fit.</summary>
    public static bool Place(List<DonutLabel> labels, double height, double top, double bottom)
    {
        if (labels.Count == 0) return true;
        if ((labels.Count - 1) * height > bottom - top + 1e-9) return false;
        labels.Sort((a, b) => a.IdealY.CompareTo(b.IdealY));
        var previous = double.NegativeInfinity;
        foreach (var label in labels)
        {
            label.Y = Math.Max(Math.Max(label.IdealY, top), previous + height);
            previous = label.Y;
        }
        var next = double.PositiveInfinity;
        for (var i = labels.Count - 1; i >= 0; i--)
        {
            labels[i].Y = Math.Min(Math.Min(labels[i].Y, bottom), next - height);
            next = labels[i].Y;
        }
        return true;
    }
}
