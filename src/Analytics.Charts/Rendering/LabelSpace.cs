using Analytics.Charts.Layout;

namespace Analytics.Charts.Rendering;

/// <summary>
/// Boxes already taken by marks and labels; a new label is placed only where it overlaps none and
/// stays inside the bounds. Charts use it to decide which labels they can draw.
/// </summary>
internal sealed class LabelSpace
{
    private readonly List<Rect> _taken = [];
    private readonly List<(double X1, double Y1, double X2, double Y2, int Owner)> _segments = [];

    public LabelSpace(Rect bounds) => Bounds = bounds;

    public Rect Bounds { get; }

    /// <summary>Marks a box as taken without checking it (bars, lines' end points).</summary>
    public void Block(Rect box) => _taken.Add(box);

    /// <summary>
    /// Marks a straight line as taken: a segment of series <paramref name="owner"/>'s line, or,
    /// with no owner, a line no label may ever cross (a target).
    /// </summary>
    public void BlockSegment(double x1, double y1, double x2, double y2, int owner = -1) =>
        _segments.Add((x1, y1, x2, y2, owner));

    /// <summary>
    /// True where <paramref name="box"/> is inside the bounds and free. With <paramref name="crossOthers"/>
    /// set, the lines of series other than that one do not count (a label with a halo may cross them).
    /// </summary>
    public bool IsFree(Rect box, Rect? except = null, int? crossOthers = null)
    {
        if (!Bounds.Contains(box)) return false;
        foreach (var t in _taken)
            if (t != except && t.Intersects(box)) return false;
        foreach (var s in _segments)
        {
            if (crossOthers is { } own && s.Owner >= 0 && s.Owner != own) continue;
            if (Crosses(box, s.X1, s.Y1, s.X2, s.Y2)) return false;
        }
        return true;
    }

    /// <summary>Liang–Barsky clipping: true where part of the segment lies inside the box.</summary>
    private static bool Crosses(Rect box, double x1, double y1, double x2, double y2)
    {
        double t0 = 0, t1 = 1, dx = x2 - x1, dy = y2 - y1;
        foreach (var (p, q) in ((double, double)[])[(-dx, x1 - box.X), (dx, box.Right - x1), (-dy, y1 - box.Y), (dy, box.Bottom - y1)])
        {
            if (p == 0)
            {
                if (q < 0) return false;
                continue;
            }
            var t = q / p;
            if (p < 0) t0 = Math.Max(t0, t);
            else t1 = Math.Min(t1, t);
            if (t0 > t1) return false;
        }
        return true;
    }

    /// <summary>Takes the box where it is free; false where it is not.</summary>
    public bool TryTake(Rect box, Rect? except = null, int? crossOthers = null)
    {
        if (!IsFree(box, except, crossOthers)) return false;
        _taken.Add(box);
        return true;
    }
}
