using System.IO.Compression;
using System.Xml;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// The relationships of one part of an OPC package (<c>_rels/*.rels</c>), with targets resolved to
/// entry names. Types are compared by their last segment so transitional and strict packages read alike.
/// </summary>
internal sealed class PackageRelationships
{
    private readonly List<(string Id, string Type, string Target)> items;

    private PackageRelationships(List<(string, string, string)> items) => this.items = items;

    /// <summary>Reads the relationships of <paramref name="partName"/> (e.g. <c>xl/workbook.xml</c>; "" for the package).</summary>
    public static PackageRelationships Read(ZipArchive archive, string partName)
    {
        var folder = partName.Contains('/') ? partName[..(partName.LastIndexOf('/') + 1)] : "";
        var relsName = folder + "_rels/" + partName[folder.Length..] + ".rels";
        var items = new List<(string, string, string)>();
        var entry = Package.FindEntry(archive, relsName);
        if (entry is null) return new PackageRelationships(items);

        using var reader = XmlParts.Open(new CheckedEntryStream(entry, SpreadsheetLimits.MaxSmallPartBytes));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            if (reader.GetAttribute("TargetMode") == "External") continue;
            var id = reader.GetAttribute("Id") ?? "";
            var type = reader.GetAttribute("Type") ?? "";
            var target = reader.GetAttribute("Target") ?? "";
            items.Add((id, type[(type.LastIndexOf('/') + 1)..], Package.Resolve(folder, target)));
        }
        return new PackageRelationships(items);
    }

    /// <summary>The entry name of the relationship with this id, and its type's last segment (e.g. <c>worksheet</c>).</summary>
    public (string Target, string Type)? ById(string id)
    {
        foreach (var item in items)
            if (item.Id == id) return (item.Target, item.Type);
        return null;
    }

    /// <summary>The entry name of the first relationship of a type (its last segment, e.g. <c>sharedStrings</c>).</summary>
    public string? TargetOfType(string type)
    {
        foreach (var item in items)
            if (item.Type == type) return item.Target;
        return null;
    }
}
