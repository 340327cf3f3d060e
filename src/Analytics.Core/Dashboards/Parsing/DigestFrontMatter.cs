using YamlDotNet.Serialization;

namespace Analytics.Core.Dashboards.Parsing;

/// <summary>One entry of a page's <c>digests:</c> list as written.</summary>
internal sealed class DigestFrontMatter
{
    public string? Name { get; set; }

    /// <summary>A Quartz cron expression (6 or 7 fields).</summary>
    public string? Cron { get; set; }

    [YamlMember(Alias = "timezone")]
    public string? TimeZone { get; set; }

    public List<string>? Recipients { get; set; }

    /// <summary>One of <see cref="DigestDefinition.AsOfRules"/>.</summary>
    public string? AsOf { get; set; }

    public string? Subject { get; set; }

    /// <summary>The keys a digest may declare.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["name", "cron", "timezone", "recipients", "asOf", "subject"];
}
