namespace Analytics.Core.Dashboards.Outline;

/// <summary>A heading of the page: <paramref name="Level"/> 1 is the page's title, 2 a section (一、), 3 a subsection (（一）).</summary>
public sealed record HeadingPart(int Level, string Text) : PagePart;
