using Analytics.Charts.Layout;

namespace Analytics.Charts.Rendering;

/// <summary>
/// Boxes already taken by marks and labels; a new label is placed only where it overlaps none and
/// stays inside the bounds. Charts use it to decide which labels they can draw.
/// </summary>
internal sealed class LabelSpace
{
    private readonly List<Rect> _taken = [];

    public LabelSpace(Rect bounds) => Bounds = bounds;

    public Rect Bounds { get; }

    /// <summary>Marks a box as taken without checking it (bars, lines' end points).</summary>
    public void Block(Rect box) => _taken.Add(box);

    /// <summary>True where <paramref name="box"/> is inside the bounds and free.</summary>
    public bool IsFree(Rect box, Rect? except = null)
    {
        if (!Bounds.Contains(box)) return false;
        foreach (var t in _taken)
            if (t != except && t.Intersects(box)) return false;
        return true;
    }

    /// <summary>Takes the box where it is free; false where it is not.</summary>
    public bool TryTake(Rect box, Rect? except = null)
    {
        if (!IsFree(box, except)) return false;
        _taken.Add(box);
        return true;
    }
}
