using System.Runtime.CompilerServices;

namespace Analytics.Charts.Tests.Support;

/// <summary>
/// Where golden files live (Golden/ in this project's sources), and whether a run rewrites them:
/// UPDATE_GOLDEN=1 writes the current PNGs in place of the reviewed ones.
/// </summary>
internal static class GoldenFiles
{
    public static bool Update => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static string Directory { get; } = Path.Combine(ProjectDirectory(), "Golden");

    /// <summary>Where a run puts the PNGs that differ from their golden files, for a look; ignored by git.</summary>
    public static string ReviewDirectory { get; } = Path.Combine(Directory, "review");

    public static string PngPath(string name, int scale) => Path.Combine(Directory, scale == 1 ? name + ".png" : $"{name}@{scale}x.png");

    private static string ProjectDirectory([CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
