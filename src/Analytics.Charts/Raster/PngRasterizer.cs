using System.Text;
using Analytics.Charts.Raster.Native;

namespace Analytics.Charts.Raster;

/// <summary>
/// Turns an SVG into a PNG in-process: librsvg draws it onto a cairo image surface (Debian
/// librsvg2-2), Pango draws the labels of the charts this library writes (see
/// <see cref="SvgTextSplitter"/>; text in the installed fonts-noto-cjk), and <see cref="PngEncoder"/>
/// writes the pixels. Each call uses its own handle, surface, context and layout, so calls from
/// many threads at once are safe.
/// </summary>
public static class PngRasterizer
{
    /// <summary>The largest side of an output image, in pixels.</summary>
    public const int MaxSide = 8192;

    /// <summary>
    /// Renders <paramref name="svg"/> at <paramref name="scale"/> device pixels per CSS pixel
    /// (2 for e-mail on high-density screens) and returns the PNG file's bytes.
    /// </summary>
    /// <exception cref="RasterizationException">The SVG cannot be parsed or drawn.</exception>
    public static byte[] Render(string svg, double scale = 1) => Render(svg, scale, pangoText: true);

    /// <summary>As <see cref="Render(string, double)"/>; without <paramref name="pangoText"/> librsvg draws all text itself.</summary>
    internal static byte[] Render(string svg, double scale, bool pangoText)
    {
        ArgumentNullException.ThrowIfNull(svg);
        if (!(scale > 0 && scale <= 16)) throw new ArgumentOutOfRangeException(nameof(scale), scale, "Scale must be in (0, 16].");
        var split = pangoText ? SvgTextSplitter.Split(svg) : null;
        var bytes = Encoding.UTF8.GetBytes(split?.Shapes ?? svg);
        using var handle = Parse(bytes);
        if (!NativeMethods.rsvg_handle_get_intrinsic_size_in_pixels(handle, out var width, out var height))
            throw new RasterizationException("The SVG has no width and height in pixels.");
        var pixelWidth = (int)Math.Ceiling(width * scale - 1e-6);
        var pixelHeight = (int)Math.Ceiling(height * scale - 1e-6);
        if (pixelWidth < 1 || pixelHeight < 1 || pixelWidth > MaxSide || pixelHeight > MaxSide)
            throw new RasterizationException($"Image of {pixelWidth}×{pixelHeight} px is outside 1–{MaxSide} px.");

        using var surface = NativeMethods.cairo_image_surface_create(NativeMethods.CairoFormatArgb32, pixelWidth, pixelHeight);
        NativeStatus.CheckCairo(NativeMethods.cairo_surface_status(surface), "cairo_image_surface_create");
        using (var cr = NativeMethods.cairo_create(surface))
        {
            NativeMethods.cairo_scale(cr, scale, scale);
            var viewport = new NativeMethods.RsvgRectangle { Width = width, Height = height };
            var ok = NativeMethods.rsvg_handle_render_document(handle, cr, viewport, out var error);
            NativeStatus.CheckGError(ok, error, "rsvg_handle_render_document");
            if (split is { } s) PangoTextDrawer.Draw(cr, s.Text, s.FontFamily);
            NativeStatus.CheckCairo(NativeMethods.cairo_status(cr), "cairo");
        }
        NativeMethods.cairo_surface_flush(surface);
        return WritePng(surface, pixelWidth, pixelHeight);
    }

    private static unsafe RsvgHandle Parse(byte[] bytes)
    {
        fixed (byte* data = bytes)
        {
            var handle = NativeMethods.rsvg_handle_new_from_data(data, (nuint)bytes.Length, out var error);
            NativeStatus.CheckGError(!handle.IsInvalid, error, "rsvg_handle_new_from_data");
            return handle;
        }
    }

    private static unsafe byte[] WritePng(CairoSurface surface, int width, int height)
    {
        var data = NativeMethods.cairo_image_surface_get_data(surface);
        if (data is null) throw new RasterizationException("cairo_image_surface_get_data returned no pixels.");
        return PngEncoder.Encode(data, width, height, NativeMethods.cairo_image_surface_get_stride(surface));
    }
}
