using System.Runtime.InteropServices;

namespace Analytics.Charts.Raster.Native;

/// <summary>Turns every native failure — a GError, a cairo status — into one <see cref="RasterizationException"/>.</summary>
internal static class NativeStatus
{
    /// <summary>Throws with the GError's message (and frees it) where <paramref name="error"/> is set or the call failed.</summary>
    public static void CheckGError(bool ok, IntPtr error, string what)
    {
        if (error != IntPtr.Zero)
        {
            var message = Marshal.PtrToStructure<NativeMethods.GError>(error).Message;
            var text = Marshal.PtrToStringUTF8(message) ?? "unknown error";
            NativeMethods.g_error_free(error);
            throw new RasterizationException($"{what}: {text}");
        }
        if (!ok) throw new RasterizationException($"{what} failed.");
    }

    /// <summary>Throws where a cairo status is not success.</summary>
    public static void CheckCairo(int status, string what)
    {
        if (status == NativeMethods.CairoStatusSuccess) return;
        var text = Marshal.PtrToStringUTF8(NativeMethods.cairo_status_to_string(status));
        throw new RasterizationException($"{what}: {text}");
    }
}
