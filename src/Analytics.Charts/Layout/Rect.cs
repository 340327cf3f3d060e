namespace Analytics.Charts.Layout;

/// <summary>An axis-aligned rectangle in px, y pointing down.</summary>
internal readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public double CenterX => X + Width / 2;
    public double CenterY => Y + Height / 2;

    /// <summary>True where the two share an area (touching edges do not count).</summary>
    public bool Intersects(Rect other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    /// <summary>True where <paramref name="other"/> lies wholly inside this one.</summary>
    public bool Contains(Rect other) =>
        other.X >= X && other.Y >= Y && other.Right <= Right && other.Bottom <= Bottom;

    public Rect Inflate(double by) => new(X - by, Y - by, Width + 2 * by, Height + 2 * by);

    /// <summary>The rectangle between two edges, never of negative size.</summary>
    public static Rect FromEdges(double left, double top, double right, double bottom) =>
        new(left, top, Math.Max(0, right - left), Math.Max(0, bottom - top));
}
