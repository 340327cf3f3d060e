using Analytics.Charts.Tests.Golden;
using Analytics.Charts.Tests.Support;

namespace Analytics.Charts.Tests.Plotting;

/// <summary>
/// Each golden spec renders to exactly its reviewed PNG: at 1× for every case, at 2× for the first
/// case of each kind. UPDATE_GOLDEN=1 rewrites them (look at each before committing; see Golden/README.md).
/// </summary>
public sealed class GoldenPngTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        var kinds = new HashSet<string>();
        foreach (var name in GoldenCases.Names)
        {
            yield return new TestCaseData(name, 1).SetName($"{name} 1x");
            if (kinds.Add(name[..name.IndexOf('-')])) yield return new TestCaseData(name, 2).SetName($"{name} 2x");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Png_matches_golden_file(string name, int scale)
    {
        var png = Chart.RenderPng(GoldenCases.Spec(name), scale);
        var path = GoldenFiles.PngPath(name, scale);
        if (GoldenFiles.Update) File.WriteAllBytes(path, png);
        Assert.That(File.Exists(path), Is.True, $"No golden file {path}; run with UPDATE_GOLDEN=1 and look at it.");
        if (png.AsSpan().SequenceEqual(File.ReadAllBytes(path))) return;
        Directory.CreateDirectory(GoldenFiles.ReviewDirectory);
        var actual = Path.Combine(GoldenFiles.ReviewDirectory, Path.GetFileName(path));
        File.WriteAllBytes(actual, png);
        Assert.Fail($"{name} at {scale}× differs from {path}; this run's image is {actual}.");
    }
}
