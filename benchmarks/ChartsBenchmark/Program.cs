using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Analytics.Charts;
using Analytics.Charts.Raster;
using ChartsBenchmark;

// Charts benchmark: our SVG renderer against Apache ECharts' server-side SVG renderer (timed inside
// Node), our in-process PNG rasteriser against one rsvg-convert process per chart, and the six
// charts of a digest at 2× pixel density. Figures are medians of several runs with min–max.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
const int Runs = 7;
var quick = args.Contains("--quick");
int svgIterations = quick ? 20 : 200, echartsIterations = quick ? 5 : 40, pngIterations = quick ? 2 : 10, spawnIterations = quick ? 2 : 5;

Console.WriteLine($"Charts benchmark — {Environment.ProcessorCount} cores, load average {LoadAverage()}, .NET {Environment.Version}");
Console.WriteLine($"{Runs} runs per figure; SVG {svgIterations} renders a run (ECharts {echartsIterations}), PNG {pngIterations} (rsvg-convert {spawnIterations}).\n");

var specs = Workload.Specs();
var svgs = specs.ToDictionary(s => s.Kind, s => Chart.RenderSvg(s.Spec));
var echartsData = new JsonObject();
foreach (var (kind, spec) in specs) echartsData[kind] = Workload.EChartsData(kind, spec, Size(svgs[kind]));

EChartsPeer.EnsureInstalled();
var (version, echarts) = EChartsPeer.Measure(echartsData, Runs, echartsIterations, warmup: 5);

Console.WriteLine($"SVG, {Workload.Members} members, one render (ours: Chart.RenderSvg; peer: ECharts {version} init+setOption+renderToSVGString)");
Console.WriteLine($"{"kind",-10} {"ours",-34} {"ECharts",-34} {"ratio",7}  {"bytes ours/peer",16}");
var svgRatios = new List<double>();
foreach (var (kind, spec) in specs)
{
    var ours = Timing.Measure(() => Chart.RenderSvg(spec), Runs, svgIterations, warmup: 20);
    var peer = echarts[kind];
    var ratio = peer.Stats.Median / ours.Median;
    svgRatios.Add(ratio);
    Console.WriteLine($"{kind,-10} {ours,-34} {peer.Stats,-34} {ratio,6:F1}×  {svgs[kind].Length,7}/{peer.Bytes,-8}");
}

Console.WriteLine($"\nPNG at 2×, one chart (ours: PngRasterizer in-process; peer: spawning rsvg-convert --zoom=2)");
Console.WriteLine($"{"kind",-10} {"ours",-34} {"rsvg-convert",-34} {"ratio",7}");
var pngRatios = new List<double>();
foreach (var (kind, _) in specs)
{
    var svg = svgs[kind];
    var ours = Timing.Measure(() => PngRasterizer.Render(svg, 2), Runs, pngIterations, warmup: 2);
    var peer = Timing.Measure(() => RsvgConvertPeer.Render(svg, 2), Runs, spawnIterations, warmup: 1);
    var ratio = peer.Median / ours.Median;
    pngRatios.Add(ratio);
    Console.WriteLine($"{kind,-10} {ours,-34} {peer,-34} {ratio,6:F1}×");
}

var digest = Workload.Digest();
var digestStats = Timing.Measure(() =>
{
    foreach (var spec in digest) PngRasterizer.Render(Chart.RenderSvg(spec), 2);
}, Runs, 1, warmup: 1);
// A digest job may draw its charts side by side: the rasteriser is safe on several threads.
var digestParallel = Timing.Measure(() =>
    Parallel.ForEach(digest, spec => PngRasterizer.Render(Chart.RenderSvg(spec), 2)), Runs, 1, warmup: 1);
var digestBytes = digest.Sum(s => PngRasterizer.Render(Chart.RenderSvg(s), 2).Length);

Console.WriteLine($"\nDigest: {digest.Count} charts (regions), SVG + PNG at 2×, in all ({digestBytes / 1024} KiB of PNG)");
Console.WriteLine($"  one after another  {digestStats}");
Console.WriteLine($"  in parallel        {digestParallel}");
Console.WriteLine("\nGoals");
Goal($"SVG ≥ 20× faster than ECharts (lowest ratio {svgRatios.Min():F1}×, median {Stats.Of(svgRatios).Median:F1}×)", svgRatios.Min() >= 20);
Goal($"PNG ≥ 3× faster than spawning rsvg-convert (lowest ratio {pngRatios.Min():F1}×, median {Stats.Of(pngRatios).Median:F1}×)", pngRatios.Min() >= 3);
Goal($"Digest of six charts at 2× under 500 ms, one after another (median {digestStats.Median:F1} ms, max {digestStats.Max:F1} ms)", digestStats.Median < 500);
return 0;

static void Goal(string text, bool met) => Console.WriteLine($"  [{(met ? "met" : "NOT MET")}] {text}");

static (double, double) Size(string svg)
{
    var root = System.Xml.Linq.XDocument.Parse(svg).Root!;
    return (double.Parse(root.Attribute("width")!.Value, CultureInfo.InvariantCulture),
        double.Parse(root.Attribute("height")!.Value, CultureInfo.InvariantCulture));
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
