using System.Diagnostics;

namespace Analytics.Tests.Ingest;

/// <summary>
/// A small filesystem mounted on a fresh temporary directory, to run out of space on purpose: a tmpfs
/// of the given size, or else an ext4 image on a loop device. Both need the right to mount (root).
/// </summary>
internal sealed class SmallFilesystem : IDisposable
{
    private readonly string? image;

    private SmallFilesystem(string mountPoint, string kind, string? image)
    {
        MountPoint = mountPoint;
        Kind = kind;
        this.image = image;
    }

    public string MountPoint { get; }

    /// <summary><c>tmpfs</c> or <c>loop ext4</c>.</summary>
    public string Kind { get; }

    /// <summary>Mounts a filesystem of <paramref name="megabytes"/> MB, or gives null and why it could not.</summary>
    public static SmallFilesystem? TryMount(int megabytes, out string reason)
    {
        var mountPoint = Directory.CreateTempSubdirectory("small-fs-").FullName;
        var tmpfs = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", mountPoint);
        if (tmpfs.ExitCode == 0)
        {
            reason = "";
            return new SmallFilesystem(mountPoint, "tmpfs", null);
        }

        var image = mountPoint + ".img";
        using (var file = File.Create(image)) file.SetLength(megabytes * 1024L * 1024L);
        var mkfs = Run("mkfs.ext4", "-q", "-F", image);
        var loop = mkfs.ExitCode == 0 ? Run("mount", "-o", "loop", image, mountPoint) : mkfs;
        if (loop.ExitCode == 0)
        {
            reason = "";
            return new SmallFilesystem(mountPoint, "loop ext4", image);
        }

        File.Delete(image);
        Directory.Delete(mountPoint);
        reason = $"mounting a small filesystem is not permitted here (tmpfs: {tmpfs.Error.Trim()}; loop image: {loop.Error.Trim()})";
        return null;
    }

    /// <summary>Bytes free for an unprivileged writer.</summary>
    public long FreeBytes => new DriveInfo(MountPoint).AvailableFreeSpace;

    public void Dispose()
    {
        if (Run("umount", MountPoint).ExitCode != 0) Run("umount", "-l", MountPoint);
        try
        {
            Directory.Delete(MountPoint, recursive: true);
            if (image is not null) File.Delete(image);
        }
        catch (IOException)
        {
            // Left in the temp folder; nothing depends on it.
        }
    }

    private static (int ExitCode, string Error) Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{command}: {e.Message}");
        }
    }
}
