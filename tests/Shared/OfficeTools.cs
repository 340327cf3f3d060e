using System.Diagnostics;
using SkiaSharp;

namespace Analytics.Tests.Shared;

/// <summary>
/// The real programs the documents are checked with: LibreOffice headless (<c>libreoffice-writer-nogui</c>,
/// <c>libreoffice-calc-nogui</c>) converts a document, <c>pdftoppm</c> (poppler-utils) rasterises a PDF's pages.
/// LibreOffice runs with the fallback fonts of official documents (<c>scripts/fontconfig</c>) and a profile of its
/// own, so that concurrent runs and a user's LibreOffice do not lock each other out.
/// </summary>
public static class OfficeTools
{
    /// <summary>Converts <paramref name="file"/> with <c>soffice --headless --convert-to <paramref name="format"/></c> into its folder; returns the new file.</summary>
    public static string Convert(string file, string format, string repositoryRoot)
    {
        var written = Path.ChangeExtension(file, "." + format.Split(':')[0]);
        var profile = Path.Combine(Path.GetTempPath(), "lo-profile-" + Guid.NewGuid().ToString("N"));
        try
        {
            Run("soffice", [$"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", format, "--outdir", Path.GetDirectoryName(file)!, file], written,
                new() { ["FONTCONFIG_FILE"] = Path.Combine(repositoryRoot, "scripts", "fontconfig", "official-document-fonts.conf") });
            return written;
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>Every page of <paramref name="pdf"/> as a PNG at <paramref name="dpi"/> (<c>pdftoppm -png -r</c>), in page order.</summary>
    public static IReadOnlyList<string> Rasterise(string pdf, int dpi = 60)
    {
        var prefix = Path.ChangeExtension(pdf, null);
        foreach (var old in Directory.GetFiles(Path.GetDirectoryName(pdf)!, Path.GetFileName(prefix) + "-*.png")) File.Delete(old);
        Run("pdftoppm", ["-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, prefix], pdf);
        var name = Path.GetFileName(prefix);
        return Directory.GetFiles(Path.GetDirectoryName(pdf)!, name + "-*.png").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The share of a PNG's pixels that are not (near) white.</summary>
    public static double InkShare(string png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG: " + png);
        var ink = 0;
        foreach (var pixel in bitmap.Pixels)
            if (pixel.Red < 200 || pixel.Green < 200 || pixel.Blue < 200) ink++;
        return (double)ink / bitmap.Pixels.Length;
    }

    /// <summary>
    /// The ink a printed page must carry: 0.5 % of its pixels (a page holding one line chart and its caption carries
    /// 0.9 %; a page with only its number, 0.05 %), the last page 0.2 % (it may hold only the closing lines: a note,
    /// the signature and the date, or a footnote).
    /// </summary>
    public static double LeastInk(string page, IReadOnlyList<string> pages) => page == pages[^1] ? 0.002 : 0.005;

    /// <summary>Runs a program to its end (3 minutes at most) and checks that it wrote <paramref name="written"/>.</summary>
    public static void Run(string program, string[] arguments, string written, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? []) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} took more than 3 minutes");
        }
        if (process.ExitCode != 0 || !File.Exists(written))
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {output.Result}{error.Result}");
    }
}
