using Analytics.Charts.Rendering;
using Analytics.Charts.Specs;
using Analytics.Charts.Tables;

namespace Analytics.Charts;

/// <summary>
/// Renders chart specs. SVG output is self-contained (no script, no external reference), names the
/// measured font, carries a title, a description and role="img", and is the same bytes for the
/// same spec. Every chart can also be written as a data table (HTML or CSV).
/// </summary>
public static class Chart
{
    /// <summary>The chart as an SVG document (UTF-8 text, no XML declaration).</summary>
    public static string RenderSvg(ChartSpec spec) => spec switch
    {
        BarChartSpec s => BarChartRenderer.Render(s),
        RankingChartSpec s => RankingChartRenderer.Render(s),
        LineChartSpec s => LineChartRenderer.Render(s),
        StackedBarChartSpec s => StackedBarChartRenderer.Render(s),
        DonutChartSpec s => DonutChartRenderer.Render(s),
        FunnelChartSpec s => FunnelChartRenderer.Render(s),
        GaugeChartSpec s => GaugeChartRenderer.Render(s),
        SparklineSpec s => SparklineRenderer.Render(s),
        _ => throw new ArgumentException($"Unknown chart spec {spec.GetType().Name}.", nameof(spec)),
    };

    /// <summary>
    /// The chart as a PNG: <see cref="RenderSvg"/> rasterised by <see cref="Raster.PngRasterizer"/> at
    /// <paramref name="scale"/> device pixels per px (2 for e-mail on high-density screens).
    /// </summary>
    public static byte[] RenderPng(ChartSpec spec, double scale = 2) => Raster.PngRasterizer.Render(RenderSvg(spec), scale);

    /// <summary>The chart's data as rows of text, for a plain-text digest or another writer.</summary>
    public static ChartTable Table(ChartSpec spec) => ChartTables.For(spec);

    /// <summary>The chart's data as an HTML table (escaped, with caption and column headers).</summary>
    public static string RenderTable(ChartSpec spec) => HtmlTableWriter.Write(ChartTables.For(spec));

    /// <summary>The chart's data as CSV (RFC 4180, header row first, text cells guarded against formula injection).</summary>
    public static string RenderCsv(ChartSpec spec) => CsvWriter.Write(ChartTables.For(spec));
}
