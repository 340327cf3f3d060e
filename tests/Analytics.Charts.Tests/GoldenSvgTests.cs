using Analytics.Charts.Raster;
using Analytics.Charts.Tests.Golden;
using Analytics.Charts.Tests.Support;

namespace Analytics.Charts.Tests;

/// <summary>Each golden spec renders to exactly its reviewed file (UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class GoldenSvgTests
{
    private static IEnumerable<string> Names() => GoldenCases.Names;

    [TestCaseSource(nameof(Names))]
    public void Svg_matches_golden_file(string name)
    {
        var svg = Chart.RenderSvg(GoldenCases.Spec(name));
        var path = GoldenFiles.SvgPath(name);
        if (GoldenFiles.Update)
        {
            File.WriteAllText(path, svg);
            Directory.CreateDirectory(GoldenFiles.ReviewDirectory);
            File.WriteAllBytes(Path.Combine(GoldenFiles.ReviewDirectory, name + ".png"), PngRasterizer.Render(svg, 2));
        }
        Assert.That(File.Exists(path), Is.True, $"No golden file {path}; run with UPDATE_GOLDEN=1 and review it.");
        Assert.That(svg, Is.EqualTo(File.ReadAllText(path)));
    }
}
