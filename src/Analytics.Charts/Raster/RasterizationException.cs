namespace Analytics.Charts.Raster;

/// <summary>librsvg or cairo could not turn an SVG into a PNG; the message carries the native reason.</summary>
public sealed class RasterizationException : Exception
{
    public RasterizationException(string message) : base(message) { }
}
