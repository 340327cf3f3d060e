using Microsoft.Win32.SafeHandles;

namespace Analytics.Charts.Raster.Native;

/// <summary>A PangoLayout, released with g_object_unref.</summary>
internal sealed class PangoLayout : SafeHandleZeroOrMinusOneIsInvalid
{
    public PangoLayout() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        NativeMethods.g_object_unref(handle);
        return true;
    }
}
