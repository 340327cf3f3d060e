using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Analytics.Charts;
using Analytics.Charts.Plotting;
using ChartsBenchmark;

// Charts benchmark: our ScottPlot renderer (PNG at 1× and 2×) against Apache ECharts' server-side
// SVG renderer (timed inside Node) for each kind, where the time of one PNG goes, and the six charts
// of a digest at 2×. Figures are medians of several runs with min–max.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
const int Runs = 7;
var quick = args.Contains("--quick");
int pngIterations = quick ? 3 : 15, echartsIterations = quick ? 5 : 40;

Console.WriteLine($"Charts benchmark — {Environment.ProcessorCount} cores, load average {LoadAverage()}, .NET {Environment.Version}");
Console.WriteLine($"{Runs} runs per figure; PNG {pngIterations} renders a run, ECharts {echartsIterations}.\n");

var specs = Workload.Specs();
var echartsData = new JsonObject();
foreach (var (kind, spec) in specs) echartsData[kind] = Workload.EChartsData(kind, spec, Chart.Size(spec));

EChartsPeer.EnsureInstalled();
var (version, echarts) = EChartsPeer.Measure(echartsData, Runs, echartsIterations, warmup: 5);

Console.WriteLine($"One chart, {Workload.Members} members (ours: Chart.RenderPng, ScottPlot + SkiaSharp; peer: ECharts {version} init+setOption+renderToSVGString)");
Console.WriteLine($"{"kind",-10} {"ours PNG 1×",-34} {"ours PNG 2×",-34} {"ECharts SVG",-34} {"peer/1×",8} {"peer/2×",8}");
var ratios1 = new List<double>();
var ratios2 = new List<double>();
foreach (var (kind, spec) in specs)
{
    var one = Timing.Measure(() => Chart.RenderPng(spec, 1), Runs, pngIterations, warmup: 3);
    var two = Timing.Measure(() => Chart.RenderPng(spec, 2), Runs, pngIterations, warmup: 3);
    var peer = echarts[kind].Stats;
    ratios1.Add(peer.Median / one.Median);
    ratios2.Add(peer.Median / two.Median);
    Console.WriteLine($"{kind,-10} {one,-34} {two,-34} {peer,-34} {ratios1[^1],7:F2}× {ratios2[^1],7:F2}×");
}

Console.WriteLine("\nWhere the time of one PNG at 2× goes (ms, medians): building the plot (our code: specs, text fitting), ScottPlot's render onto a Skia surface, PNG encoding");
Console.WriteLine($"{"kind",-10} {"build",8} {"render",8} {"encode",8} {"bytes",8}");
foreach (var (kind, spec) in specs)
{
    var (build, render, encode, bytes) = Profile(spec, quick ? 3 : 9);
    Console.WriteLine($"{kind,-10} {build,8:F2} {render,8:F2} {encode,8:F2} {bytes,8}");
}

var digest = Workload.Digest();
var digestStats = Timing.Measure(() =>
{
    foreach (var spec in digest) Chart.RenderPng(spec, 2);
}, Runs, 1, warmup: 1);
// A digest job may draw its charts side by side: every render has a plot of its own.
var digestParallel = Timing.Measure(() => Parallel.ForEach(digest, spec => Chart.RenderPng(spec, 2)), Runs, 1, warmup: 1);
var digestBytes = digest.Sum(s => Chart.RenderPng(s, 2).Length);

Console.WriteLine($"\nDigest: {digest.Count} charts (regions), PNG at 2×, in all ({digestBytes / 1024} KiB of PNG)");
Console.WriteLine($"  one after another  {digestStats}");
Console.WriteLine($"  in parallel        {digestParallel}");
Console.WriteLine("\nGoals");
Goal($"each kind no slower than ECharts' SVG, PNG at 1× (lowest peer/ours {ratios1.Min():F2}×, median {Stats.Of(ratios1).Median:F2}×)", ratios1.Min() >= 1);
Goal($"each kind no slower than ECharts' SVG, PNG at 2× (lowest peer/ours {ratios2.Min():F2}×, median {Stats.Of(ratios2).Median:F2}×)", ratios2.Min() >= 1);
Goal($"digest of six charts at 2× under 500 ms, one after another (median {digestStats.Median:F1} ms, max {digestStats.Max:F1} ms)", digestStats.Median < 500);
return 0;

static (double Build, double Render, double Encode, int Bytes) Profile(Analytics.Charts.Specs.ChartSpec spec, int runs)
{
    var build = new List<double>();
    var render = new List<double>();
    var encode = new List<double>();
    var bytes = 0;
    for (var i = 0; i < runs + 2; i++)
    {
        var clock = Stopwatch.StartNew();
        var chart = ChartRenderers.Draw(spec);
        var built = clock.Elapsed.TotalMilliseconds;
        chart.Plot.ScaleFactor = 2;
        clock.Restart();
        using var image = chart.Image(chart.Width * 2, chart.Height * 2);
        var rendered = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        bytes = PngFile.Encode(image).Length;
        var encoded = clock.Elapsed.TotalMilliseconds;
        if (i < 2) continue; // warm-up
        build.Add(built);
        render.Add(rendered);
        encode.Add(encoded);
    }
    return (Stats.Of(build).Median, Stats.Of(render).Median, Stats.Of(encode).Median, bytes);
}

static void Goal(string text, bool met) => Console.WriteLine($"  [{(met ? "met" : "NOT MET")}] {text}");

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
