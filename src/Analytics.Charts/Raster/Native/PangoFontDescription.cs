using Microsoft.Win32.SafeHandles;

namespace Analytics.Charts.Raster.Native;

/// <summary>A PangoFontDescription, released with pango_font_description_free.</summary>
internal sealed class PangoFontDescription : SafeHandleZeroOrMinusOneIsInvalid
{
    public PangoFontDescription() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        NativeMethods.pango_font_description_free(handle);
        return true;
    }
}
