namespace Analytics.Core.Documents;

/// <summary>Who issues the documents: the office's name (signed at the end of a Word document), its city, and the brand text of the site's header.</summary>
/// <param name="Office">e.g. 江城市投资促进中心.</param>
/// <param name="City">e.g. 江城市.</param>
/// <param name="Brand">The short name in the header of every page and printed page, e.g. 招商引资数据.</param>
public sealed record Letterhead(string Office, string City, string Brand)
{
    /// <summary>The demo city's office.</summary>
    public static Letterhead Demo { get; } = new("江城市投资促进中心", "江城市", "招商引资数据");
}
