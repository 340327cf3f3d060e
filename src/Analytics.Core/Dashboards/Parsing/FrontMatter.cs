namespace Analytics.Core.Dashboards.Parsing;

/// <summary>A dashboard's front matter as written (YAML, camel-case keys); <see cref="FrontMatterReader"/> checks the values.</summary>
internal sealed class FrontMatter
{
    public string? Title { get; set; }

    /// <summary><c>public</c> or <c>internal</c>.</summary>
    public string? Audience { get; set; }

    /// <summary><c>ytd</c> (the default), <c>month</c> or <c>week</c>.</summary>
    public string? Period { get; set; }

    public string? Description { get; set; }

    public List<DigestFrontMatter>? Digests { get; set; }

    /// <summary>The keys a page may declare.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["title", "audience", "period", "description", "digests"];
}
