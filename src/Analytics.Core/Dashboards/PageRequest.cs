namespace Analytics.Core.Dashboards;

/// <summary>What to render: the as-of date, the period, the region (for pages about one region), who is looking, and for what.</summary>
public sealed record PageRequest(DateOnly AsOf, Period Period, string? Region, Audience Viewer, PageFlavor Flavor = PageFlavor.Web);
