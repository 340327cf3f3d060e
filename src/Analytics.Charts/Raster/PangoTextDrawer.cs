using Analytics.Charts.Raster.Native;
using Analytics.Charts.Text;
using N = Analytics.Charts.Raster.Native.NativeMethods;

namespace Analytics.Charts.Raster;

/// <summary>
/// Draws text runs with Pango onto a cairo context in SVG's terms: x at the anchor point, y on the
/// baseline, advances unhinted and unrounded (as the layout measured them), an optional white halo
/// under the glyphs.
/// </summary>
internal static class PangoTextDrawer
{
    public static void Draw(CairoContext cr, IReadOnlyList<TextRun> runs, string family)
    {
        using var layout = N.pango_cairo_create_layout(cr);
        using var options = N.cairo_font_options_create();
        N.cairo_font_options_set_hint_metrics(options, N.CairoHintMetricsOff);
        var context = N.pango_layout_get_context(layout);
        N.pango_cairo_context_set_font_options(context, options);
        N.pango_context_set_round_glyph_positions(context, false);
        N.pango_layout_context_changed(layout);

        var descriptions = new Dictionary<(double, bool), PangoFontDescription>();
        try
        {
            foreach (var run in runs)
            {
                if (!descriptions.TryGetValue((run.Size, run.Bold), out var description))
                {
                    description = N.pango_font_description_new();
                    N.pango_font_description_set_family(description, family);
                    N.pango_font_description_set_weight(description, run.Bold ? 700 : 400);
                    N.pango_font_description_set_absolute_size(description, run.Size * N.PangoScale);
                    descriptions[(run.Size, run.Bold)] = description;
                }
                N.pango_layout_set_font_description(layout, description);
                N.pango_layout_set_text(layout, run.Text, -1);
                N.pango_layout_get_extents(layout, IntPtr.Zero, out var logical);
                var width = (double)logical.Width / N.PangoScale;
                var left = run.Anchor switch
                {
                    Anchor.Middle => run.X - width / 2,
                    Anchor.End => run.X - width,
                    _ => run.X,
                };
                var top = run.Baseline - (double)N.pango_layout_get_baseline(layout) / N.PangoScale;
                if (run.HaloWidth > 0)
                {
                    N.cairo_save(cr);
                    N.cairo_move_to(cr, left, top);
                    N.pango_cairo_layout_path(cr, layout);
                    N.cairo_set_source_rgb(cr, 1, 1, 1);
                    N.cairo_set_line_width(cr, run.HaloWidth);
                    N.cairo_set_line_join(cr, N.CairoLineJoinRound);
                    N.cairo_stroke(cr);
                    N.cairo_restore(cr);
                }
                N.cairo_move_to(cr, left, top);
                N.cairo_set_source_rgb(cr, (run.Fill >> 16 & 0xFF) / 255.0, (run.Fill >> 8 & 0xFF) / 255.0, (run.Fill & 0xFF) / 255.0);
                N.pango_cairo_show_layout(cr, layout);
                N.cairo_new_path(cr);
            }
        }
        finally
        {
            foreach (var d in descriptions.Values) d.Dispose();
        }
    }
}
