using System.IO.Compression;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>Entry names inside a zip package.</summary>
internal static class Package
{
    /// <summary>The entry of that name; names differing only in case or slash direction match too, as some writers produce them.</summary>
    public static ZipArchiveEntry? FindEntry(ZipArchive archive, string name)
    {
        var entry = archive.GetEntry(name);
        if (entry is not null) return entry;
        foreach (var candidate in archive.Entries)
            if (string.Equals(candidate.FullName.Replace('\\', '/').TrimStart('/'), name, StringComparison.OrdinalIgnoreCase))
                return candidate;
        return null;
    }

    /// <summary>Resolves a relationship target against the folder of its source part (<c>/xl/x.xml</c> is absolute; <c>../</c> goes up).</summary>
    public static string Resolve(string folder, string target)
    {
        target = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
