namespace Analytics.Core.Dashboards.Parsing;

/// <summary>A node of the small YAML subset that front matter and blocks are written in; <see cref="Line"/> is 1-based in the file.</summary>
internal abstract record YamlNode(int Line);

/// <summary>A text value (quotes removed).</summary>
internal sealed record YamlScalar(string Value, int Line) : YamlNode(Line);

/// <summary>A list: <c>- item</c> lines or <c>[a, b]</c>.</summary>
internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Line) : YamlNode(Line);

/// <summary><c>key: value</c> lines, in order.</summary>
internal sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, int Line) : YamlNode(Line)
{
    public YamlEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key == key);
}

/// <summary>One <c>key: value</c> of a mapping.</summary>
internal sealed record YamlEntry(string Key, YamlNode Value, int Line);
