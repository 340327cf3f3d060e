using Analytics.Core.Dashboards;

namespace Analytics.Web.Pages;

/// <summary>What the site's frame around a dashboard shows.</summary>
public sealed record LayoutModel(
    string Name,
    string Title,
    string BodyHtml,
    DateOnly AsOf,
    Period Period,
    string? Region,
    string DataVersion,
    (DateOnly First, DateOnly Last) DataRange,
    string? UserName,
    IReadOnlyList<Dashboard> Navigation,
    IReadOnlyList<string> Regions);
