using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ManyMembersBenchmark;

// Peak memory and time of `analytics import` for a ledger of N members of 3 projects each (issue 13).
// dotnet run -c Release --project benchmarks/ManyMembersBenchmark -- region 300 1000 10000
// Each import runs in a child process under /usr/bin/time -v, on a fresh data directory; the product is the checkout's
// ./analytics (built on first use).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var dimension = args.FirstOrDefault() is "chain" ? "chain" : "region";
var sizes = args.SkipWhile(a => !char.IsDigit(a[0])).Select(int.Parse).DefaultIfEmpty(10_000).ToList();
var root = FindRoot();
var work = Path.Combine(Path.GetTempPath(), "many-members-" + Environment.ProcessId);
Directory.CreateDirectory(work);
Console.WriteLine($"ManyMembersBenchmark {DateTime.Now:yyyy-MM-dd HH:mm} · load average {File.ReadAllText("/proc/loadavg")[..14]} · {Environment.ProcessorCount} cores");
Console.WriteLine($"{"members",-16} {"CSV",9} {"wall",9} {"peak RSS",10}  outcome");
foreach (var size in sizes)
{
    var csv = Path.Combine(work, $"{dimension}-{size}.csv");
    LedgerWriter.Write(csv, dimension, size);
    var start = new ProcessStartInfo("/usr/bin/time", ["-v", Path.Combine(root, "analytics"), "import", csv, "--data", Path.Combine(work, $"data-{dimension}-{size}")])
    {
        RedirectStandardError = true,
        RedirectStandardOutput = true,
    };
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEnd();
    process.WaitForExit();
    var wall = Regex.Match(error, @"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)").Groups[1].Value;
    var peak = long.Parse(Regex.Match(error, @"Maximum resident set size \(kbytes\): (\d+)").Groups[1].Value);
    var outcome = process.ExitCode == 0 ? "imported" : "refused: " + (await output + error).Split('\n').FirstOrDefault(l => l.StartsWith("错误", StringComparison.Ordinal));
    Console.WriteLine($"{size,7:N0} {dimension + "s",-8} {new FileInfo(csv).Length / 1e6,6:0.0} MB {wall,9} {peak / 1024.0,7:0} MB  {outcome}");
}
Directory.Delete(work, recursive: true);

static string FindRoot()
{
    for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        if (File.Exists(Path.Combine(dir, "analytics")) && Directory.Exists(Path.Combine(dir, "sql"))) return dir;
    throw new InvalidOperationException("run from the checkout");
}
