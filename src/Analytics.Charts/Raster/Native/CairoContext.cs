using Microsoft.Win32.SafeHandles;

namespace Analytics.Charts.Raster.Native;

/// <summary>A cairo_t drawing context, released with cairo_destroy.</summary>
internal sealed class CairoContext : SafeHandleZeroOrMinusOneIsInvalid
{
    public CairoContext() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        NativeMethods.cairo_destroy(handle);
        return true;
    }
}
