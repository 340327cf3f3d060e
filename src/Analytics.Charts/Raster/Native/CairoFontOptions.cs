using Microsoft.Win32.SafeHandles;

namespace Analytics.Charts.Raster.Native;

/// <summary>A cairo_font_options_t, released with cairo_font_options_destroy.</summary>
internal sealed class CairoFontOptions : SafeHandleZeroOrMinusOneIsInvalid
{
    public CairoFontOptions() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        NativeMethods.cairo_font_options_destroy(handle);
        return true;
    }
}
