using System.Diagnostics;
using Analytics.Core.Ingest.Ledgers;
using Analytics.Core.Ingest.Spreadsheets;

namespace ImportBenchmark;

/// <summary>
/// Where the import's reading time goes, as a child process: <c>--stages FILE…</c> reads each file twice,
/// once as bare sheet rows (<see cref="SpreadsheetFile"/>: unzip, XML or CSV, cells) and once through
/// <see cref="LedgerFileReader"/> (the same rows, parsed and checked into ledger records). What the import
/// adds on top is appending to DuckDB.
/// </summary>
internal static class StagesMode
{
    public const string RowsStage = "rows";
    public const string ParseStage = "parse";

    public static int Run(IReadOnlyList<string> files)
    {
        var (clock, cpu) = (Stopwatch.StartNew(), ProcessCpu.Seconds());
        var figures = new List<FileResult>();
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            figures.Add(Measure(Stage(RowsStage, name), () => SheetRows(path)));
            figures.Add(Measure(Stage(ParseStage, name), () => LedgerRows(path, name)));
        }
        ChildProtocol.WriteResult(new ChildResult(true, null, figures, clock.Elapsed.TotalSeconds, ProcessCpu.Seconds() - cpu, ProcStatus.OwnPeakKb()));
        return 0;
    }

    public static string Stage(string stage, string file) => $"{stage}:{file}";

    private static FileResult Measure(string name, Func<long> read)
    {
        var (clock, cpu) = (Stopwatch.StartNew(), ProcessCpu.Seconds());
        var rows = read();
        return new FileResult(name, rows, clock.Elapsed.TotalSeconds, ProcessCpu.Seconds() - cpu);
    }

    private static long SheetRows(string path)
    {
        using var file = SpreadsheetFile.Open(path);
        long rows = 0;
        foreach (var sheet in file.Sheets)
            foreach (var _ in file.ReadRows(sheet)) rows++;
        return rows;
    }

    private static long LedgerRows(string path, string name)
    {
        var problems = new ProblemLog();
        long rows = 0;
        foreach (var _ in new LedgerFileReader(path, name, problems).Read()) rows++;
        if (problems.HasErrors) throw new InvalidOperationException($"{name}: {problems.Listed[0].LineEn}");
        return rows;
    }
}
