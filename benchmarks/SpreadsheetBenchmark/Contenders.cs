using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;
using MiniExcelLibs;
using nietras.SeparatedValues;
using Sylvan.Data.Csv;

namespace SpreadsheetBenchmark;

/// <summary>
/// The libraries of the bake-off, each reading every cell of the first sheet as text, the way the
/// ledger reader needs them (the value as the library gives it, turned into text once).
/// </summary>
internal static class Contenders
{
    /// <summary>ExcelDataReader 3.6.0: a row-by-row IDataReader over xlsx (and .xls).</summary>
    public static (long, long) ExcelDataReader(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        long rows = 0, checksum = 0;
        while (reader.Read())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
                checksum += Text(reader.GetValue(i)).Length;
        }
        return (rows, checksum);
    }

    /// <summary>MiniExcel 1.47.1: streaming <c>Query</c>, one dictionary of column letter to value per row.</summary>
    public static (long, long) MiniExcel(string path)
    {
        long rows = 0, checksum = 0;
        foreach (IDictionary<string, object?> row in MiniExcelLibs.MiniExcel.Query(path, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            rows++;
            foreach (var value in row.Values) checksum += Text(value).Length;
        }
        return (rows, checksum);
    }

    /// <summary>
    /// The Open XML SDK 3.3.0 SAX reader (<see cref="OpenXmlReader"/>) over the sheet part, with the
    /// shared strings looked up by index: what a reader built on the SDK would do at least.
    /// </summary>
    public static (long, long) OpenXmlSax(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is { } sst)
        {
            using var sstReader = OpenXmlReader.Create(sst);
            while (sstReader.Read())
                if (sstReader.ElementType == typeof(SharedStringItem) && sstReader.IsStartElement)
                    strings.Add(((SharedStringItem)sstReader.LoadCurrentElement()!).InnerText);
        }
        var sheet = workbook.WorksheetParts.First();
        using var reader = OpenXmlReader.Create(sheet);
        long rows = 0, checksum = 0;
        while (reader.Read())
        {
            if (!reader.IsStartElement) continue;
            if (reader.ElementType == typeof(Row)) rows++;
            else if (reader.ElementType == typeof(Cell))
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var text = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
                if (cell.DataType?.Value == CellValues.SharedString) text = strings[int.Parse(text, CultureInfo.InvariantCulture)];
                checksum += text.Length;
            }
        }
        return (rows, checksum);
    }

    /// <summary>Sep 0.18.0, told the delimiter, no header, ragged rows allowed, quotes removed.</summary>
    public static (long, long) Sep(string path)
    {
        using var reader = nietras.SeparatedValues.Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).FromFile(path);
        long rows = 0, checksum = 0;
        foreach (var row in reader)
        {
            rows++;
            for (var i = 0; i < row.ColCount; i++) checksum += row[i].ToString().Length;
        }
        return (rows, checksum);
    }

    /// <summary>Sylvan.Data.Csv 1.4.4, no header, every field as a string.</summary>
    public static (long, long) Sylvan(string path)
    {
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',' });
        long rows = 0, checksum = 0;
        while (reader.Read())
        {
            rows++;
            for (var i = 0; i < reader.RowFieldCount; i++) checksum += reader.GetString(i).Length;
        }
        return (rows, checksum);
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
