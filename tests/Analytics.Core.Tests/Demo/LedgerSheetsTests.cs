using System.IO.Compression;
using System.Xml.Linq;
using Analytics.Core.Demo;
using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Demo;

public sealed class LedgerSheetsTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Test]
    public void A_full_sheet_goes_on_in_a_new_sheet_with_the_title_and_header()
    {
        var dir = Directory.CreateTempSubdirectory("ledger-sheets-").FullName;
        try
        {
            WriteAndCheck(Path.Combine(dir, "funds.xlsx"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void WriteAndCheck(string path)
    {
        var layout = new LedgerLayout("资金到位台账", "资金到位", "江城市资金到位台账", ["项目编号", "到位月份", "实际到位资金(亿元)"], [14, 12, 20]);
        using (var book = XlsxWriter.Create(path))
        {
            // Five rows a sheet: title, header and three records.
            var sheets = new LedgerSheets(book, layout, rowsPerSheet: 5);
            for (var i = 1; i <= 7; i++)
            {
                sheets.Write($"JC2021-{i:0000}", "2021-03", 1.5m);
            }
        }

        using var zip = ZipFile.OpenRead(path);
        XElement Part(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream).Root!;
        }

        var names = Part("xl/workbook.xml").Descendants(Main + "sheet").Select(s => s.Attribute("name")!.Value);
        Assert.That(names, Is.EqualTo(new[] { "资金到位", "资金到位(2)", "资金到位(3)" }));
        var firstColumn = Enumerable.Range(1, 3)
            .Select(n => Part($"xl/worksheets/sheet{n}.xml").Descendants(Main + "row").Select(r => r.Elements(Main + "c").First().Value).ToArray())
            .ToList();
        Assert.That(firstColumn[0], Is.EqualTo(new[] { "江城市资金到位台账", "项目编号", "JC2021-0001", "JC2021-0002", "JC2021-0003" }));
        Assert.That(firstColumn[1], Is.EqualTo(new[] { "江城市资金到位台账", "项目编号", "JC2021-0004", "JC2021-0005", "JC2021-0006" }));
        Assert.That(firstColumn[2], Is.EqualTo(new[] { "江城市资金到位台账", "项目编号", "JC2021-0007" }));
    }
}
