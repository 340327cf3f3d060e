using System.Diagnostics;
using System.Globalization;
using Analytics.Core.Demo;
using Analytics.Core.Digests;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Models;
using Analytics.Jobs;
using Analytics.Mail;
using DigestBenchmark;
using Microsoft.Extensions.Configuration;

// Builds and sends N personalised digests (one per recipient, each the region dashboard for the recipient's
// region) through the product's digest service to a local aiosmtpd, and prints messages/s and the share of time
// in chart rasterisation, against what rasterising per recipient would cost (measured per chart in the same run).
var recipients = Option("--recipients", 1000);
var parallelism = Option("--parallelism", 4);
var handler = args.SkipWhile(a => a != "--handler").Skip(1).FirstOrDefault() ?? "mailbox";
var root = Path.GetFullPath(args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? Path.Combine(AppContext.BaseDirectory, "out"));
var repository = FindRepository();
var asOf = new DateOnly(2021, 11, 28);

var data = Path.Combine(root, "data");
if (new DataStore(data).CurrentId is null)
{
    Console.Error.WriteLine("importing the demo ledgers as of 2021-11-30 …");
    var today = new DateOnly(2021, 11, 30);
    var files = DemoLedgerFiles.WriteCsv(DemoData.Generate(new DemoOptions { Today = today }), Path.Combine(root, "ledgers"));
    var imported = new Importer(new DataStore(data)) { BeforePublish = new ModelStep(Path.Combine(repository, "sql"), () => today).Run }.Import(files);
    if (!imported.Succeeded) throw new InvalidOperationException(string.Join("\n", imported.Problems.Listed.Select(p => p.LineEn)));
}
var regions = ReadRegions(data);
// Each run sends anew: the send log of earlier runs would (rightly) find every recipient served.
var sendLog = Path.Combine(data, "state", "digests");
if (Directory.Exists(sendLog)) Directory.Delete(sendLog, recursive: true);

using var smtp = SmtpSink.Start(Path.Combine(root, "maildir-" + DateTime.Now.ToString("HHmmss", CultureInfo.InvariantCulture)), handler);
var settings = new Dictionary<string, string?>
{
    ["data"] = data,
    ["Smtp:Host"] = "127.0.0.1",
    ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
    ["Smtp:From"] = "江城市投资促进中心 <digest@jiangcheng.gov.cn>",
    ["Smtp:Parallelism"] = parallelism.ToString(CultureInfo.InvariantCulture),
};
for (var i = 0; i < recipients; i++)
{
    settings[$"Digests:Lists:regions:{i}:Address"] = $"officer{i:D4}@jiangcheng.gov.cn";
    settings[$"Digests:Lists:regions:{i}:Region"] = regions[i % regions.Count];
}
settings["Digests:InternalRecipients"] = "regions";
settings["Site:Dashboards"] = RegionDashboard(root, repository);
var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
var jobs = JobsSettings.Read(configuration);
var pages = JobsRegistration.DigestPages(jobs);
var digest = pages.Digests.Single();
var service = JobsRegistration.CreateDigestService(jobs, pages, TimeProvider.System);
var charts = service.Charts;

var cpu = Process.GetCurrentProcess().TotalProcessorTime;
var serverCpu = smtp.CpuTime();
var clock = Stopwatch.StartNew();
var result = await service.SendNowAsync(digest.Key, asOf, retryFailed: false, CancellationToken.None);
clock.Stop();
var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
smtp.WaitForCount(result.Sent, TimeSpan.FromSeconds(60));
var serverCpuUsed = smtp.CpuTime() - serverCpu;

var perChart = charts.RasterTime / Math.Max(1, charts.Rendered);
var chartsPerPage = (int)((charts.Rendered + charts.Reused) / Math.Max(1, regions.Count));
var perRecipient = perChart * chartsPerPage * recipients;
var rate = result.Sent / clock.Elapsed.TotalSeconds;
Console.WriteLine($"digests: {result.Sent} sent, {result.AlreadySent} already sent, {result.Failed} failed, {regions.Count} region pages, SMTP parallelism {parallelism}, server {handler}");
Console.WriteLine($"wall {clock.Elapsed.TotalSeconds:0.00} s  →  {rate:0.0} messages/s (goal ≥ 50)  {(rate >= 50 ? "met" : "MISSED")}");
Console.WriteLine($"CPU: sender {cpuUsed.TotalSeconds:0.00} s ({cpuUsed.TotalMilliseconds / Math.Max(1, result.Sent):0.0} ms per message), SMTP server {serverCpuUsed.TotalSeconds:0.00} s ({serverCpuUsed.TotalMilliseconds / Math.Max(1, result.Sent):0.0} ms per message); machine load {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
Console.WriteLine($"charts: {charts.Rendered} rasterised, {charts.Reused} reused; rasterisation {charts.RasterTime.TotalMilliseconds:0} ms = {charts.RasterTime / clock.Elapsed:P1} of the wall time, {perChart.TotalMilliseconds:0.0} ms per chart");
Console.WriteLine($"reference, same run: rasterising the {chartsPerPage} charts per recipient ({chartsPerPage * recipients:N0} PNGs instead of {charts.Rendered}) at the {perChart.TotalMilliseconds:0.0} ms measured would take {perRecipient.TotalSeconds:0.0} s, {perRecipient / clock.Elapsed:0.0}× this whole batch's wall time");
Console.WriteLine($"message size: {smtp.AverageMessageBytes() / 1024.0:0} KiB on average");
return result.Failed == 0 ? 0 : 1;

int Option(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

// The shipped region dashboard with a weekly digest to the list "regions" declared in its front matter.
static string RegionDashboard(string root, string repository)
{
    var folder = Path.Combine(root, "dashboards");
    Directory.CreateDirectory(folder);
    var text = File.ReadAllText(Path.Combine(repository, "dashboards", "region.md"));
    const string digest = "digests:\n  - name: weekly\n    cron: 0 0 8 ? * MON\n    timezone: Asia/Shanghai\n    asOf: last-sunday\n    recipients: [regions]\n    subject: \"{{ title }}（截至{{ asOf | date }}）\"\n";
    var end = text.IndexOf("\n---", 3, StringComparison.Ordinal) + 1;
    File.WriteAllText(Path.Combine(folder, "region.md"), text[..end] + digest + text[end..]);
    return folder;
}

static List<string> ReadRegions(string data)
{
    var store = new DataStore(data);
    using var connection = store.OpenCurrent();
    return new Analytics.Core.Metrics.MetricsReader(connection, store.CurrentId!).Members("region").ToList();
}

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (Directory.Exists(Path.Combine(dir.FullName, "sql", "staging"))) return dir.FullName;
    throw new DirectoryNotFoundException("the repository (with sql/) is not above " + AppContext.BaseDirectory);
}
