namespace Analytics.Jobs;

/// <summary>What one poll of the drop folder did: files imported (moved to <c>done/</c>), failed (moved to <c>failed/</c>), and still being written.</summary>
public sealed record DropFolderResult(IReadOnlyList<string> Imported, IReadOnlyList<string> Failed, IReadOnlyList<string> Waiting)
{
    public static readonly DropFolderResult Nothing = new([], [], []);
}
