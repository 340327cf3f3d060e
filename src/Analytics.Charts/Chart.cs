using Analytics.Charts.Describing;
using Analytics.Charts.Plotting;
using Analytics.Charts.Specs;
using Analytics.Charts.Tables;

namespace Analytics.Charts;

/// <summary>
/// Renders chart specs with ScottPlot. A PNG is the same bytes for the same spec and scale; every
/// chart also has an alt text and its data as a table (HTML or CSV).
/// </summary>
public static class Chart
{
    /// <summary>
    /// The chart as a PNG at <paramref name="scale"/> device pixels per px (1 for the site's 1×
    /// image, 2 for high-density screens and e-mail). Safe to call from many threads at once.
    /// </summary>
    public static byte[] RenderPng(ChartSpec spec, double scale = 2)
    {
        if (scale is < 0.5 or > 4) throw new ArgumentOutOfRangeException(nameof(scale), scale, "Scale must be between 0.5 and 4.");
        return ChartRenderers.Draw(spec).Png(scale);
    }

    /// <summary>The chart's size in px at 1× (the image at scale s is s times as many pixels each way).</summary>
    public static (int Width, int Height) Size(ChartSpec spec) => ChartRenderers.Size(spec);

    /// <summary>A sentence saying what the chart shows, for the image's alt text: the spec's description, or one written from the data.</summary>
    public static string Describe(ChartSpec spec) => ChartDescription.Of(spec);

    /// <summary>Every text the image shows (title, legend, unit, ticks, labels, notes), in drawing order.</summary>
    public static IReadOnlyList<string> Texts(ChartSpec spec)
    {
        var chart = ChartRenderers.Draw(spec);
        chart.Layout();
        return chart.Log.Drawn.Select(d => d.Text).ToList();
    }

    /// <summary>A key for caching the chart's images: equal for specs that draw the same picture.</summary>
    public static string Fingerprint(ChartSpec spec) => SpecFingerprint.Of(spec);

    /// <summary>The chart's data as rows of text, for a plain-text digest or another writer.</summary>
    public static ChartTable Table(ChartSpec spec) => ChartTables.For(spec);

    /// <summary>The chart's data as an HTML table (escaped, with caption and column headers).</summary>
    public static string RenderTable(ChartSpec spec) => HtmlTableWriter.Write(ChartTables.For(spec));

    /// <summary>The chart's data as CSV (RFC 4180, header row first, text cells guarded against formula injection).</summary>
    public static string RenderCsv(ChartSpec spec) => CsvWriter.Write(ChartTables.For(spec));

    /// <summary>Any table as CSV, as <see cref="RenderCsv(ChartSpec)"/> writes a chart's.</summary>
    public static string RenderCsv(ChartTable table) => CsvWriter.Write(table);
}
