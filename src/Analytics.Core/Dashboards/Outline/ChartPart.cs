using Analytics.Charts.Specs;
using Analytics.Charts.Tables;

namespace Analytics.Core.Dashboards.Outline;

/// <summary>A chart block: its spec (drawn as a picture) and the data it shows.</summary>
public sealed record ChartPart(int Block, ChartSpec Spec, ChartTable Table) : PagePart;
