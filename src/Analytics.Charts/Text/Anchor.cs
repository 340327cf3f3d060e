namespace Analytics.Charts.Text;

/// <summary>Which point of a text line its x coordinate names (SVG text-anchor).</summary>
internal enum Anchor
{
    Start,
    Middle,
    End,
}
