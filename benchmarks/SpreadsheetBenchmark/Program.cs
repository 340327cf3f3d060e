using System.Diagnostics;
using System.Globalization;
using SpreadsheetBenchmark;

// Usage: SpreadsheetBenchmark [rows] [folder] [--office] [--only m1,m2] generate (once) and measure everything (or only m1, m2)
//        --office: the realistic office file (two title rows, 万元 amounts typed as text "12,345.6", merged regions)
//        SpreadsheetBenchmark measure <name> <path>     one measurement (run by the above in a child process)
if (args is ["measure", var measurement, var path])
{
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var (rows, checksum) = Measurements.Run(measurement, path);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    Console.WriteLine(FormattableString.Invariant($"{clock.Elapsed.TotalSeconds:F3} {cpu.TotalSeconds:F3} {rows} {checksum} {Measurements.PeakMegabytes():F1} {GC.GetTotalAllocatedBytes(true)}"));
    return 0;
}

var office = args.Contains("--office");
// --only a,b: just these measurements (e.g. --only xlsx-write)
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',');
var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--only")).ToArray();
var rowCount = positional.Length > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 1_000_000;
var folder = positional.Length > 1 ? positional[1] : Path.Combine(Path.GetTempPath(), "spreadsheet-benchmark");
Directory.CreateDirectory(folder);
var stem = office ? $"office-{rowCount}" : $"ledger-{rowCount}";
var csv = Path.Combine(folder, stem + ".csv");
var xlsx = Path.Combine(folder, stem + ".xlsx");
Generate(csv, () => CsvLedgerWriter.Write(csv, rowCount, office));
Generate(xlsx, () => XlsxLedgerWriter.Write(xlsx, rowCount, office));

Console.WriteLine($"{rowCount:N0} ledger rows, 10 columns; {Environment.ProcessorCount} cores; each line a fresh process;");
Console.WriteLine("wall = elapsed seconds, cpu = processor seconds of all threads (steadier on a busy machine)");
Console.WriteLine($"{"measurement",-20} {"file MB",8} {"wall s",7} {"cpu s",7} {"rows",10} {"rows/s wall",12} {"rows/s cpu",11} {"peak MB",8} {"alloc MB",9}");
var results = new Dictionary<string, (double Seconds, double Cpu, long Rows, double Peak, long Allocated)>();
foreach (var name in Measurements.Names)
{
    var file = name.StartsWith("csv", StringComparison.Ordinal) ? csv : xlsx;
    if (only is not null && !only.Contains(name)) continue;
    var result = Child.Measure(name, file);
    results[name] = result;
    Console.WriteLine(FormattableString.Invariant(
        $"{name,-20} {new FileInfo(file).Length / 1048576.0,8:F1} {result.Seconds,7:F2} {result.Cpu,7:F2} {result.Rows,10:N0} {Rate(result.Rows, result.Seconds),12} {Rate(result.Rows, result.Cpu),11} {result.Peak,8:F1} {result.Allocated / 1048576.0,9:F1}"));
}

Console.WriteLine();
if (only is not null) return 0;
Console.WriteLine("ratios of cpu seconds:");
Ratio("CSV reader / StreamReader.ReadLine", "csv-reader", "csv-readline", "F2", "x");
Ratio("Sep / CSV reader", "csv-sep", "csv-reader", "F2", "x");
Ratio("Sylvan / CSV reader", "csv-sylvan", "csv-reader", "F2", "x");
Ratio("ExcelDataReader / xlsx reader", "xlsx-exceldatareader", "xlsx-reader", "F2", "x");
Ratio("MiniExcel / xlsx reader", "xlsx-miniexcel", "xlsx-reader", "F2", "x");
Ratio("Open XML SDK SAX / xlsx reader", "xlsx-openxml-sax", "xlsx-reader", "F2", "x");
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
