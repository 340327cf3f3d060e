using Analytics.Charts.Specs;

namespace Analytics.Core.Dashboards;

/// <summary>A chart of a rendered page: its block number, its spec (render with <c>Chart.RenderPng</c>) and the Content-ID its e-mail image uses.</summary>
public sealed record PageChart(int Block, ChartSpec Spec, string ContentId);
