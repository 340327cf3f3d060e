using System.Diagnostics;
using System.Globalization;
using SpreadsheetBenchmark;

// Usage: SpreadsheetBenchmark [rows] [folder]           generate (once) and measure everything
//        SpreadsheetBenchmark measure <name> <path>     one measurement (run by the above in a child process)
if (args is ["measure", var measurement, var path])
{
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var (rows, checksum) = Measurements.Run(measurement, path);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    Console.WriteLine(FormattableString.Invariant($"{clock.Elapsed.TotalSeconds:F3} {cpu.TotalSeconds:F3} {rows} {checksum} {Measurements.PeakMegabytes():F1}"));
    return 0;
}

var rowCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var folder = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "spreadsheet-benchmark");
Directory.CreateDirectory(folder);
var csv = Path.Combine(folder, $"ledger-{rowCount}.csv");
var xlsx = Path.Combine(folder, $"ledger-{rowCount}.xlsx");
Generate(csv, () => CsvLedgerWriter.Write(csv, rowCount));
Generate(xlsx, () => XlsxLedgerWriter.Write(xlsx, rowCount));

Console.WriteLine($"{rowCount:N0} ledger rows, 10 columns; {Environment.ProcessorCount} cores; each line a fresh process;");
Console.WriteLine("wall = elapsed seconds, cpu = processor seconds of all threads (steadier on a busy machine)");
Console.WriteLine($"{"measurement",-16} {"file MB",8} {"wall s",7} {"cpu s",7} {"rows",10} {"rows/s wall",12} {"rows/s cpu",11} {"peak MB",8}");
var results = new Dictionary<string, (double Seconds, double Cpu, long Rows, double Peak)>();
foreach (var name in Measurements.Names)
{
    var file = name.StartsWith("csv", StringComparison.Ordinal) ? csv : xlsx;
    var result = Child.Measure(name, file);
    results[name] = result;
    Console.WriteLine(FormattableString.Invariant(
        $"{name,-16} {new FileInfo(file).Length / 1048576.0,8:F1} {result.Seconds,7:F2} {result.Cpu,7:F2} {result.Rows,10:N0} {Rate(result.Rows, result.Seconds),12} {Rate(result.Rows, result.Cpu),11} {result.Peak,8:F1}"));
}

Console.WriteLine();
Console.WriteLine("ratios of cpu seconds:");
Ratio("CSV reader / StreamReader.ReadLine", "csv-reader", "csv-readline", "F2", "x");
Ratio("xlsx reader / bare XmlReader over the sheet", "xlsx-reader", "xlsx-xmlreader", "F2", "x");
Ratio("xlsx merge pass (inflate, CRC, search) / whole read", "xlsx-merge-pass", "xlsx-reader", "P0", "");
Ratio("xlsx open (workbook, shared strings, styles) / whole read", "xlsx-open", "xlsx-reader", "P0", "");
return 0;

void Ratio(string label, string part, string whole, string format, string unit) =>
    Console.WriteLine($"  {label,-58} {(results[part].Cpu / results[whole].Cpu).ToString(format, CultureInfo.InvariantCulture)}{unit}");

static string Rate(long rows, double seconds) => rows > 0 ? (rows / seconds).ToString("N0", CultureInfo.InvariantCulture) : "";

static void Generate(string path, Action write)
{
    if (File.Exists(path)) return;
    var clock = Stopwatch.StartNew();
    write();
    Console.WriteLine(FormattableString.Invariant($"wrote {path} ({new FileInfo(path).Length / 1048576.0:F1} MB) in {clock.Elapsed.TotalSeconds:F1} s"));
}
