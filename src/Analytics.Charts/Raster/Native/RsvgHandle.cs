using Microsoft.Win32.SafeHandles;

namespace Analytics.Charts.Raster.Native;

/// <summary>An RsvgHandle (a parsed SVG document), released with g_object_unref.</summary>
internal sealed class RsvgHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public RsvgHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        NativeMethods.g_object_unref(handle);
        return true;
    }
}
