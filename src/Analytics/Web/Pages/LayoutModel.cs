using Analytics.Core.Dashboards;

namespace Analytics.Web.Pages;

/// <summary>What the site's frame around a dashboard shows. <see cref="HeadingHtml"/>: the page's own heading, already encoded (else the title); <see cref="Role"/>: the reader's, for the links to uploads and administration.</summary>
public sealed record LayoutModel(
    string Name,
    string Title,
    string? HeadingHtml,
    string BodyHtml,
    DateOnly AsOf,
    Period Period,
    string? Region,
    string DataVersion,
    (DateOnly First, DateOnly Last) DataRange,
    string? UserName,
    IReadOnlyList<Dashboard> Navigation,
    IReadOnlyList<string> Regions,
    string Role = Accounts.AccountRoles.Anonymous)
{
    /// <summary>The office's short name in the header (setting <c>Office:LogoText</c>).</summary>
    public string Brand { get; init; } = Core.Documents.Letterhead.Demo.Brand;
}
