using System.Runtime.InteropServices;

namespace Analytics.Charts.Raster.Native;

/// <summary>The part of Pango's C API (with its cairo binding) the text drawer uses.</summary>
internal static partial class NativeMethods
{
    private const string Pango = "libpango-1.0.so.0";
    private const string PangoCairo = "libpangocairo-1.0.so.0";

    /// <summary>Pango units per device unit (PANGO_SCALE).</summary>
    internal const int PangoScale = 1024;

    /// <summary>CAIRO_HINT_METRICS_OFF: advances as the font gives them, as layout measured them.</summary>
    internal const int CairoHintMetricsOff = 1;

    /// <summary>CAIRO_LINE_JOIN_ROUND.</summary>
    internal const int CairoLineJoinRound = 1;

    /// <summary>PangoRectangle, in Pango units.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct PangoRectangle
    {
        public int X;
        public int Y;
        public int Width;
        public int Height;
    }

    [LibraryImport(PangoCairo, EntryPoint = "pango_cairo_create_layout")]
    internal static partial PangoLayout pango_cairo_create_layout(CairoContext cr);

    [LibraryImport(PangoCairo, EntryPoint = "pango_cairo_context_set_font_options")]
    internal static partial void pango_cairo_context_set_font_options(IntPtr context, CairoFontOptions options);

    [LibraryImport(PangoCairo, EntryPoint = "pango_cairo_show_layout")]
    internal static partial void pango_cairo_show_layout(CairoContext cr, PangoLayout layout);

    [LibraryImport(PangoCairo, EntryPoint = "pango_cairo_layout_path")]
    internal static partial void pango_cairo_layout_path(CairoContext cr, PangoLayout layout);

    [LibraryImport(Pango, EntryPoint = "pango_layout_get_context")]
    internal static partial IntPtr pango_layout_get_context(PangoLayout layout);

    [LibraryImport(Pango, EntryPoint = "pango_context_set_round_glyph_positions")]
    internal static partial void pango_context_set_round_glyph_positions(IntPtr context, [MarshalAs(UnmanagedType.I4)] bool round);

    [LibraryImport(Pango, EntryPoint = "pango_layout_context_changed")]
    internal static partial void pango_layout_context_changed(PangoLayout layout);

    [LibraryImport(Pango, EntryPoint = "pango_layout_set_font_description")]
    internal static partial void pango_layout_set_font_description(PangoLayout layout, PangoFontDescription description);

    [LibraryImport(Pango, EntryPoint = "pango_layout_set_text", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void pango_layout_set_text(PangoLayout layout, string text, int length);

    [LibraryImport(Pango, EntryPoint = "pango_layout_get_extents")]
    internal static partial void pango_layout_get_extents(PangoLayout layout, IntPtr inkRect, out PangoRectangle logicalRect);

    [LibraryImport(Pango, EntryPoint = "pango_layout_get_baseline")]
    internal static partial int pango_layout_get_baseline(PangoLayout layout);

    [LibraryImport(Pango, EntryPoint = "pango_font_description_new")]
    internal static partial PangoFontDescription pango_font_description_new();

    [LibraryImport(Pango, EntryPoint = "pango_font_description_set_family", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void pango_font_description_set_family(PangoFontDescription description, string family);

    [LibraryImport(Pango, EntryPoint = "pango_font_description_set_weight")]
    internal static partial void pango_font_description_set_weight(PangoFontDescription description, int weight);

    [LibraryImport(Pango, EntryPoint = "pango_font_description_set_absolute_size")]
    internal static partial void pango_font_description_set_absolute_size(PangoFontDescription description, double size);

    [LibraryImport(Pango, EntryPoint = "pango_font_description_free")]
    internal static partial void pango_font_description_free(IntPtr description);
}
