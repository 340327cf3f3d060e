using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Demo;

/// <summary>
/// Writes the demo ledgers as files: 项目台账, 资金到位台账, 目标任务, 招商活动台账, 地区 and 外部排名, as .xlsx (title row
/// above the header, several sheets where a ledger outgrows one) or as CSV. Rows are streamed, so memory
/// stays bounded at any scale, and the same ledgers give the same bytes.
/// </summary>
public static class DemoLedgerFiles
{
    /// <summary>Writes the six .xlsx ledgers into <paramref name="directory"/> (created if missing); returns their paths in the order above.</summary>
    public static IReadOnlyList<string> Write(DemoLedgers ledgers, string directory)
    {
        var layouts = Layouts(ledgers);
        var paths = Paths(directory, layouts, ".xlsx");
        using (var projectBook = XlsxWriter.Create(paths[0]))
        using (var fundBook = XlsxWriter.Create(paths[1]))
        {
            var projects = new LedgerSheets(projectBook, layouts[0]);
            var funds = new LedgerSheets(fundBook, layouts[1]);
            projects.EnsureSheet();
            funds.EnsureSheet();
            Stream(ledgers, row => projects.Write(row), row => funds.Write(row));
        }

        for (var i = 2; i < layouts.Length; i++)
        {
            using var book = XlsxWriter.Create(paths[i]);
            var sheets = new LedgerSheets(book, layouts[i]);
            sheets.EnsureSheet();
            foreach (var row in SmallLedger(ledgers, i))
            {
                sheets.Write(row);
            }
        }

        return paths;
    }

    /// <summary>Writes the six ledgers as UTF-8 CSV files (header row first) into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> WriteCsv(DemoLedgers ledgers, string directory)
    {
        var layouts = Layouts(ledgers);
        var paths = Paths(directory, layouts, ".csv");
        using (var projects = new CsvLedgerWriter(paths[0], layouts[0].Headers))
        using (var funds = new CsvLedgerWriter(paths[1], layouts[1].Headers))
        {
            Stream(ledgers, row => projects.Write(row), row => funds.Write(row));
        }

        for (var i = 2; i < layouts.Length; i++)
        {
            using var csv = new CsvLedgerWriter(paths[i], layouts[i].Headers);
            foreach (var row in SmallLedger(ledgers, i))
            {
                csv.Write(row);
            }
        }

        return paths;
    }

    private static LedgerLayout[] Layouts(DemoLedgers ledgers)
    {
        ArgumentNullException.ThrowIfNull(ledgers);
        var (first, last) = (ledgers.FirstYear, ledgers.LastYear);
        return
        [
            LedgerLayouts.Projects(first, last), LedgerLayouts.Funds(first, last),
            LedgerLayouts.Targets(first, last), LedgerLayouts.Activities(first, last),
            LedgerLayouts.Regions(), LedgerLayouts.ExternalRanks(last),
        ];
    }

    private static string[] Paths(string directory, LedgerLayout[] layouts, string extension)
    {
        Directory.CreateDirectory(directory);
        return layouts.Select(l => Path.Combine(directory, l.FileName + extension)).ToArray();
    }

    /// <summary>Projects and funds in one pass over the generated cohorts.</summary>
    private static void Stream(DemoLedgers ledgers, Action<object?[]> project, Action<object?[]> fund)
    {
        foreach (var batch in ledgers.Batches())
        {
            foreach (var p in batch.Projects)
            {
                project(LedgerLayouts.Cells(p));
            }

            foreach (var f in batch.Funds)
            {
                fund(LedgerLayouts.Cells(f));
            }
        }
    }

    private static IEnumerable<object?[]> SmallLedger(DemoLedgers ledgers, int index) => index switch
    {
        2 => ledgers.Targets.Select(LedgerLayouts.Cells),
        3 => ledgers.Activities.Select(LedgerLayouts.Cells),
        4 => ledgers.Regions.Select(LedgerLayouts.Cells),
        _ => ledgers.ExternalRanks.Select(LedgerLayouts.Cells),
    };
}
