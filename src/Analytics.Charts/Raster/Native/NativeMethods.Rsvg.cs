using System.Runtime.InteropServices;

namespace Analytics.Charts.Raster.Native;

/// <summary>The part of librsvg's C API the rasteriser uses (librsvg ≥ 2.52).</summary>
internal static partial class NativeMethods
{
    private const string Rsvg = "librsvg-2.so.2";
    private const string GObject = "libgobject-2.0.so.0";
    private const string GLib = "libglib-2.0.so.0";

    /// <summary>A rectangle in user units, as librsvg's RsvgRectangle.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct RsvgRectangle
    {
        public double X;
        public double Y;
        public double Width;
        public double Height;
    }

    /// <summary>GLib's GError: domain, code, message.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct GError
    {
        public uint Domain;
        public int Code;
        public IntPtr Message;
    }

    [LibraryImport(Rsvg, EntryPoint = "rsvg_handle_new_from_data")]
    internal static unsafe partial RsvgHandle rsvg_handle_new_from_data(byte* data, nuint length, out IntPtr error);

    [LibraryImport(Rsvg, EntryPoint = "rsvg_handle_get_intrinsic_size_in_pixels")]
    [return: MarshalAs(UnmanagedType.I4)]
    internal static partial bool rsvg_handle_get_intrinsic_size_in_pixels(RsvgHandle handle, out double width, out double height);

    [LibraryImport(Rsvg, EntryPoint = "rsvg_handle_render_document")]
    [return: MarshalAs(UnmanagedType.I4)]
    internal static partial bool rsvg_handle_render_document(RsvgHandle handle, CairoContext cr, in RsvgRectangle viewport, out IntPtr error);

    [LibraryImport(GObject, EntryPoint = "g_object_unref")]
    internal static partial void g_object_unref(IntPtr gobject);

    [LibraryImport(GLib, EntryPoint = "g_error_free")]
    internal static partial void g_error_free(IntPtr error);
}
