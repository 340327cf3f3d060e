using System.Diagnostics;

namespace ChartsBenchmark;

/// <summary>The PNG peer: one rsvg-convert process per chart, SVG on stdin, PNG on stdout.</summary>
internal static class RsvgConvertPeer
{
    public static byte[] Render(string svg, double scale)
    {
        var info = new ProcessStartInfo("rsvg-convert")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.ArgumentList.Add("--zoom=" + scale.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.ArgumentList.Add("--format=png");
        using var process = Process.Start(info)!;
        var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        process.StandardInput.Write(svg);
        process.StandardInput.Close();
        copy.Wait();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("rsvg-convert: " + process.StandardError.ReadToEnd());
        return output.ToArray();
    }
}
