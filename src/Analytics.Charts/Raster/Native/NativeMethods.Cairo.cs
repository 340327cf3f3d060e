using System.Runtime.InteropServices;

namespace Analytics.Charts.Raster.Native;

/// <summary>The part of cairo's C API the rasteriser uses.</summary>
internal static partial class NativeMethods
{
    private const string Cairo = "libcairo.so.2";

    /// <summary>CAIRO_FORMAT_ARGB32.</summary>
    internal const int CairoFormatArgb32 = 0;

    /// <summary>CAIRO_STATUS_SUCCESS.</summary>
    internal const int CairoStatusSuccess = 0;

    [LibraryImport(Cairo, EntryPoint = "cairo_image_surface_create")]
    internal static partial CairoSurface cairo_image_surface_create(int format, int width, int height);

    [LibraryImport(Cairo, EntryPoint = "cairo_surface_status")]
    internal static partial int cairo_surface_status(CairoSurface surface);

    [LibraryImport(Cairo, EntryPoint = "cairo_surface_flush")]
    internal static partial void cairo_surface_flush(CairoSurface surface);

    [LibraryImport(Cairo, EntryPoint = "cairo_surface_destroy")]
    internal static partial void cairo_surface_destroy(IntPtr surface);

    [LibraryImport(Cairo, EntryPoint = "cairo_image_surface_get_data")]
    internal static unsafe partial byte* cairo_image_surface_get_data(CairoSurface surface);

    [LibraryImport(Cairo, EntryPoint = "cairo_image_surface_get_stride")]
    internal static partial int cairo_image_surface_get_stride(CairoSurface surface);

    [LibraryImport(Cairo, EntryPoint = "cairo_create")]
    internal static partial CairoContext cairo_create(CairoSurface target);

    [LibraryImport(Cairo, EntryPoint = "cairo_status")]
    internal static partial int cairo_status(CairoContext cr);

    [LibraryImport(Cairo, EntryPoint = "cairo_scale")]
    internal static partial void cairo_scale(CairoContext cr, double sx, double sy);

    [LibraryImport(Cairo, EntryPoint = "cairo_destroy")]
    internal static partial void cairo_destroy(IntPtr cr);

    [LibraryImport(Cairo, EntryPoint = "cairo_save")]
    internal static partial void cairo_save(CairoContext cr);

    [LibraryImport(Cairo, EntryPoint = "cairo_restore")]
    internal static partial void cairo_restore(CairoContext cr);

    [LibraryImport(Cairo, EntryPoint = "cairo_move_to")]
    internal static partial void cairo_move_to(CairoContext cr, double x, double y);

    [LibraryImport(Cairo, EntryPoint = "cairo_new_path")]
    internal static partial void cairo_new_path(CairoContext cr);

    [LibraryImport(Cairo, EntryPoint = "cairo_set_source_rgb")]
    internal static partial void cairo_set_source_rgb(CairoContext cr, double red, double green, double blue);

    [LibraryImport(Cairo, EntryPoint = "cairo_set_line_width")]
    internal static partial void cairo_set_line_width(CairoContext cr, double width);

    [LibraryImport(Cairo, EntryPoint = "cairo_set_line_join")]
    internal static partial void cairo_set_line_join(CairoContext cr, int join);

    [LibraryImport(Cairo, EntryPoint = "cairo_stroke")]
    internal static partial void cairo_stroke(CairoContext cr);

    [LibraryImport(Cairo, EntryPoint = "cairo_font_options_create")]
    internal static partial CairoFontOptions cairo_font_options_create();

    [LibraryImport(Cairo, EntryPoint = "cairo_font_options_set_hint_metrics")]
    internal static partial void cairo_font_options_set_hint_metrics(CairoFontOptions options, int hintMetrics);

    [LibraryImport(Cairo, EntryPoint = "cairo_font_options_destroy")]
    internal static partial void cairo_font_options_destroy(IntPtr options);

    [LibraryImport(Cairo, EntryPoint = "cairo_status_to_string")]
    internal static partial IntPtr cairo_status_to_string(int status);
}
