using System.Globalization;
using System.Text;

namespace SpreadsheetBenchmark;

/// <summary>Writes the generated ledger as Chinese Excel saves "CSV UTF-8": BOM, CRLF, a title row, dates as 2021/3/5.</summary>
internal static class CsvLedgerWriter
{
    public static void Write(string path, int rows, bool office = false)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 16);
        writer.NewLine = "\r\n";
        writer.WriteLine(LedgerRow.Title + new string(',', LedgerRow.Columns - 1));
        if (office) writer.WriteLine(LedgerRow.Unit + new string(',', LedgerRow.Columns - 1));
        writer.WriteLine(string.Join(',', Enumerable.Range(0, LedgerRow.Columns).Select(c => LedgerRow.HeaderOf(c, office))));
        for (var i = 1; i <= rows; i++)
        {
            var row = LedgerRow.Create(i);
            writer.Write(row.ProjectId); writer.Write(',');
            writer.Write(row.Name); writer.Write(',');
            writer.Write(row.Region); writer.Write(',');
            writer.Write(row.Chain); writer.Write(',');
            writer.Write(row.FundSource); writer.Write(',');
            writer.Write(office ? $"\"{row.InvestmentText}\"" : row.Investment.ToString(CultureInfo.InvariantCulture)); writer.Write(',');
            writer.Write(Date(row.Signed)); writer.Write(',');
            if (row.Started is { } started) writer.Write(Date(started));
            writer.Write(',');
            writer.Write(row.Status); writer.Write(',');
            if (row.Remark is not null) writer.Write($"\"{row.Remark}\"");
            writer.WriteLine();
        }
    }

    private static string Date(int serial) => new DateTime(1899, 12, 30).AddDays(serial).ToString("yyyy/M/d", CultureInfo.InvariantCulture);
}
