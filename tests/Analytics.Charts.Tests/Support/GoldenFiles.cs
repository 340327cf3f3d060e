using System.Runtime.CompilerServices;

namespace Analytics.Charts.Tests.Support;

/// <summary>
/// Where golden files live (next to this source file's project, under Golden/), and whether a run
/// rewrites them: set UPDATE_GOLDEN=1 to write the current output and a PNG of each for review.
/// </summary>
internal static class GoldenFiles
{
    public static bool Update => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static string Directory { get; } = Path.Combine(ProjectDirectory(), "Golden");

    /// <summary>PNGs written for review by eye; ignored by git.</summary>
    public static string ReviewDirectory { get; } = Path.Combine(Directory, "review");

    public static string SvgPath(string name) => Path.Combine(Directory, name + ".svg");

    private static string ProjectDirectory([CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
