using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Xml;
using Analytics.Core.Ingest.Spreadsheets;

namespace SpreadsheetBenchmark;

/// <summary>
/// The things measured, each run alone in a fresh process so that its peak memory is its own.
/// Each returns the rows it saw and a checksum that keeps the work from being optimised away.
/// </summary>
internal static class Measurements
{
    public static readonly string[] Names =
    [
        "csv-readline", "csv-reader", "csv-sep", "csv-sylvan",
        "xlsx-inflate", "xlsx-xmlreader", "xlsx-merge-pass", "xlsx-open", "xlsx-reader",
        "xlsx-exceldatareader", "xlsx-miniexcel", "xlsx-openxml-sax",
        "xlsx-write",
    ];

    /// <summary>The settings the product's reader uses for worksheets, so the reference is a fair floor.</summary>
    private static readonly XmlReaderSettings ProductLikeSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CheckCharacters = false,
    };

    public static (long Rows, long Checksum) Run(string name, string path) => name switch
    {
        "csv-readline" => CsvReadLine(path),
        "csv-reader" => Reader(path),
        "xlsx-inflate" => Inflate(path),
        "xlsx-xmlreader" => BareXmlReader(path),
        "xlsx-merge-pass" => MergePass(path),
        "xlsx-open" => OpenOnly(path),
        "xlsx-reader" => Reader(path),
        "csv-sep" => Contenders.Sep(path),
        "csv-sylvan" => Contenders.Sylvan(path),
        "xlsx-exceldatareader" => Contenders.ExcelDataReader(path),
        "xlsx-miniexcel" => Contenders.MiniExcel(path),
        "xlsx-openxml-sax" => Contenders.OpenXmlSax(path),
        "xlsx-write" => ProductWriter(path),
        _ => throw new ArgumentException($"unknown measurement {name}"),
    };

    /// <summary>Reference for CSV: decoding UTF-8 and splitting lines, no fields.</summary>
    private static (long, long) CsvReadLine(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, true, 1 << 16);
        long rows = 0, checksum = 0;
        while (reader.ReadLine() is { } line)
        {
            rows++;
            checksum += line.Length;
        }
        return (rows, checksum);
    }

    /// <summary>The product's reader: every cell of every row.</summary>
    /// <summary>
    /// The product's <see cref="XlsxWriter"/> (demo ledgers, test workbooks) writing as many ledger rows
    /// as the measured file holds (its name ends in the count), next to it; the checksum is the size written.
    /// </summary>
    private static readonly DateOnly SerialEpoch = new(1899, 12, 30);

    private static (long, long) ProductWriter(string path)
    {
        var count = int.Parse(Path.GetFileNameWithoutExtension(path).Split('-')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var output = path + ".written.xlsx";
        using (var book = XlsxWriter.Create(output))
        {
            var sheet = book.AddSheet("项目");
            sheet.WriteHeaderRow([.. LedgerRow.Headers]);
            for (var i = 0; i < count; i++)
            {
                var row = LedgerRow.Create(i);
                sheet.WriteRow(row.ProjectId, row.Name, row.Region, row.Chain, row.FundSource, row.Investment,
                    SerialEpoch.AddDays(row.Signed), row.Started is { } started ? SerialEpoch.AddDays(started) : null,
                    row.Status, row.Remark);
            }
        }
        var written = new FileInfo(output).Length;
        File.Delete(output);
        return (count, written);
    }

    private static (long, long) Reader(string path)
    {
        using var file = SpreadsheetFile.Open(path);
        long rows = 0, checksum = 0;
        foreach (var row in file.ReadRows(file.Sheets[0]))
        {
            rows++;
            foreach (var cell in row.Cells) checksum += cell.Text.Length;
        }
        return (rows, checksum);
    }

    private static (long, long) OpenOnly(string path)
    {
        using var file = SpreadsheetFile.Open(path);
        return (0, file.Sheets.Count);
    }

    /// <summary>Reference for xlsx: only inflating the sheet entry.</summary>
    private static (long, long) Inflate(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        var buffer = new byte[1 << 16];
        long bytes = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0) bytes += read;
        return (0, bytes);
    }

    /// <summary>Reference for xlsx: an XmlReader walking every node of the sheet, doing nothing with it.</summary>
    private static (long, long) BareXmlReader(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var xml = XmlReader.Create(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open(), ProductLikeSettings);
        long rows = 0, nodes = 0;
        while (xml.Read())
        {
            nodes++;
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "row") rows++;
        }
        return (rows, nodes);
    }

    /// <summary>
    /// The reader's first pass alone (inflate, CRC-32, search for merged cells). The pass is internal
    /// to the product, so it is reached by reflection here rather than made public for a benchmark.
    /// </summary>
    private static (long, long) MergePass(string path)
    {
        var assembly = typeof(SpreadsheetFile).Assembly;
        var checkedStream = assembly.GetType("Analytics.Core.Ingest.Spreadsheets.CheckedEntryStream", true)!;
        var scan = assembly.GetType("Analytics.Core.Ingest.Spreadsheets.MergeScanner", true)!.GetMethod("Scan", BindingFlags.Public | BindingFlags.Static)!;
        using var zip = ZipFile.OpenRead(path);
        using var stream = (Stream)Activator.CreateInstance(checkedStream, [zip.GetEntry("xl/worksheets/sheet1.xml")!])!;
        var ranges = (Array)scan.Invoke(null, [stream])!;
        return (0, ranges.Length);
    }

    /// <summary>Peak resident memory of this process so far, in MB (VmHWM).</summary>
    public static double PeakMegabytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0]) / 1024.0;
        return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }
}
