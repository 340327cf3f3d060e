using Microsoft.Win32.SafeHandles;

namespace Analytics.Charts.Raster.Native;

/// <summary>A cairo_surface_t, released with cairo_surface_destroy.</summary>
internal sealed class CairoSurface : SafeHandleZeroOrMinusOneIsInvalid
{
    public CairoSurface() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        NativeMethods.cairo_surface_destroy(handle);
        return true;
    }
}
