using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using SiteBenchmark;

// The site under wrk: a cached public page against nginx serving the same bytes, in one run; cold renders; memory.
var options = Options.Parse(args);
var repository = Path.GetFullPath(typeof(Options).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!);
var app = Path.Combine(repository, ".build", "app", "analytics.dll");
if (!File.Exists(app)) throw new FileNotFoundException("build the product first: ./analytics --help", app);
var data = options.Data ?? Path.Combine(repository, "benchmarks", "SiteBenchmark", "out", $"data-scale{options.Scale}");
EnsureData(app, data, options.Scale, Path.Combine(repository, "benchmarks", "ImportBenchmark", "out", "ledgers", $"seed2021-20211130-scale{options.Scale}", "csv"));

var port = Probe.FreePort();
var url = $"http://127.0.0.1:{port}";
using var server = Process.Start(Start(app, "serve", "--urls", url, "--data", data, "--Site:UncachedPerClientPerSecond", "0",
    "--Logging:LogLevel:Default", "Warning", "--Logging:LogLevel:Microsoft.AspNetCore", "Error"))!;
try
{
    Probe.WaitUntilUp(url + "/healthz", server);
    var startMemory = Probe.Memory(server.Id);
    var pageUrl = $"{url}/?asOf=2021-11-30";
    var page = Probe.Get(pageUrl); // renders and caches the page
    using var nginx = NginxServer.Start(Path.Combine(Path.GetTempPath(), $"site-benchmark-nginx-{port}"), page, Probe.FreePort());
    Console.WriteLine($"Site benchmark, {DateTime.Now:yyyy-MM-dd HH:mm}: {Environment.ProcessorCount} cores, data scale {options.Scale} as of 2021-11-30, page {page.Length:N0} bytes");
    Console.WriteLine($"wrk -t{options.Threads} -c{options.Connections} -d{options.Duration}s on the same machine (wrk takes CPU too), after a {options.Warmup} s warm-up run of each server; load average before: {Load()}");

    var cold = ColdRenders(url, options.Cold);
    var cachedSite = WrkRun.Measure("analytics serve, cached page", pageUrl, options.Threads, options.Connections, options.Duration, options.Warmup, server.Id);
    var memoryAfterSite = Probe.Memory(server.Id);
    var nginxRun = WrkRun.Measure("nginx, same bytes as a static file", nginx.Url, options.Threads, options.Connections, options.Duration, options.Warmup, nginx.ProcessId);
    var verify = Probe.Get(pageUrl);

    Console.WriteLine();
    Console.WriteLine($"{"",-38} {"requests/s",12} {"p50 ms",8} {"p99 ms",8} {"requests",11} {"errors",7} {"server CPU µs/request",22}");
    foreach (var run in new[] { cachedSite, nginxRun })
        Console.WriteLine($"{run.Label,-38} {run.RequestsPerSecond,12:N0} {run.P50Ms,8:F2} {run.P99Ms,8:F2} {run.Requests,11:N0} {run.SocketErrors + run.Non2xx,7} {run.CpuMicrosecondsPerRequest,22:F1}");
    Console.WriteLine();
    Console.WriteLine($"cold renders (each a new as-of date, one at a time, {cold.Count} pages): p50 {Percentile(cold, 50):F1} ms, p95 {Percentile(cold, 95):F1} ms, max {cold.Max():F1} ms");
    Console.WriteLine($"server memory: {startMemory.Rss:F0} MB after start, {memoryAfterSite.Rss:F0} MB after the cached run, peak (VmHWM) {Probe.Memory(server.Id).Peak:F0} MB");
    Console.WriteLine();
    var ratio = cachedSite.RequestsPerSecond / nginxRun.RequestsPerSecond;
    var goals = new (bool Pass, string Text)[]
    {
        (ratio >= 0.5, $"cached page ≥ 0.5× nginx: {ratio:F2}× ({cachedSite.RequestsPerSecond:N0} against {nginxRun.RequestsPerSecond:N0} requests/s)"),
        (Percentile(cold, 95) < 100, $"cold public page p95 < 100 ms: {Percentile(cold, 95):F1} ms"),
        (cachedSite.SocketErrors + cachedSite.Non2xx == 0, $"no errors over {options.Duration} s at {options.Connections} connections: {cachedSite.SocketErrors} socket errors, {cachedSite.Non2xx} non-2xx"),
        (Probe.Memory(server.Id).Peak < 400, $"server RSS under 400 MB: peak {Probe.Memory(server.Id).Peak:F0} MB"),
        (verify.SequenceEqual(page), "the page after the runs is the same bytes"),
    };
    foreach (var (pass, text) in goals) Console.WriteLine($"{(pass ? "PASS" : "FAIL")}  {text}");
    return goals.All(g => g.Pass) ? 0 : 1;
}
finally
{
    if (!server.HasExited) server.Kill(entireProcessTree: true);
}

static ProcessStartInfo Start(string app, params string[] args)
{
    var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = false };
    start.ArgumentList.Add(app);
    foreach (var arg in args) start.ArgumentList.Add(arg);
    return start;
}

static void EnsureData(string app, string data, int scale, string cachedCsv)
{
    if (File.Exists(Path.Combine(data, "current"))) return;
    Console.WriteLine($"importing the demo ledgers at scale {scale} as of 2021-11-30 into {data} (once; minutes) …");
    // The import benchmark's cached CSV ledgers are the same demo data; without them, analytics demo writes them.
    string[] command = Directory.Exists(cachedCsv)
        ? ["import", .. Directory.GetFiles(cachedCsv, "*.csv").Order(), "--data", data]
        : ["demo", "--scale", scale.ToString(CultureInfo.InvariantCulture), "--today", "2021-11-30", "--data", data];
    using var demo = Process.Start(Start(app, command))!;
    demo.WaitForExit();
    if (demo.ExitCode != 0) throw new InvalidOperationException($"analytics demo failed ({demo.ExitCode})");
}

static List<double> ColdRenders(string url, int count)
{
    // Dates of 2020 and 2021 in a fixed shuffled order: each page is rendered for the first time.
    var random = new Random(7);
    var dates = Enumerable.Range(0, 700).Select(i => new DateOnly(2020, 1, 1).AddDays(i)).Where(d => d != new DateOnly(2021, 11, 30))
        .OrderBy(_ => random.Next()).Take(count).ToList();
    using var client = new HttpClient();
    var times = new List<double>();
    foreach (var date in dates)
    {
        var watch = Stopwatch.StartNew();
        using var response = client.GetAsync($"{url}/?asOf={date:yyyy-MM-dd}").Result;
        response.EnsureSuccessStatusCode();
        _ = response.Content.ReadAsByteArrayAsync().Result;
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    return times;
}

static double Percentile(List<double> values, double p)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static string Load() => string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
