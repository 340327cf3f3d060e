using System.Text;
using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

public sealed class MergeScannerTests
{
    private const int ChunkSize = 65_536;

    [Test]
    public void Merges_are_found_wherever_a_read_boundary_cuts_the_element_name()
    {
        for (var cut = 0; cut <= 12; cut++)
        {
            // Pad so that the read boundary (64 KB) falls `cut` bytes into "<mergeCells".
            var padding = new string(' ', ChunkSize - "<worksheet><sheetData/>".Length - cut);
            var xml = $"<worksheet><sheetData/>{padding}<mergeCells count=\"2\"><mergeCell ref=\"A1:J1\"/><mergeCell ref='C3:C22'/></mergeCells><pageMargins/></worksheet>";

            var ranges = MergeScanner.Scan(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

            Assert.That(ranges, Is.EqualTo(new[] { new MergedRange(1, 0, 1, 9), new MergedRange(3, 2, 22, 2) }), $"cut {cut}");
        }
    }

    [Test]
    public void A_prefixed_element_is_found()
    {
        const string xml = """<x:worksheet xmlns:x="main"><x:sheetData/><x:mergeCells count="1"><x:mergeCell ref="B2:D4"/></x:mergeCells></x:worksheet>""";

        Assert.That(MergeScanner.Scan(new MemoryStream(Encoding.UTF8.GetBytes(xml))), Is.EqualTo(new[] { new MergedRange(2, 1, 4, 3) }));
    }

    [Test]
    public void An_empty_element_or_none_gives_no_merges()
    {
        Assert.That(MergeScanner.Scan(new MemoryStream("<worksheet><sheetData/><mergeCells count=\"0\"/><hyperlinks><hyperlink ref=\"A1\"/></hyperlinks></worksheet>"u8.ToArray())), Is.Empty);
        Assert.That(MergeScanner.Scan(new MemoryStream("<worksheet><sheetData/></worksheet>"u8.ToArray())), Is.Empty);
    }

    [Test]
    public void Refs_after_the_element_are_not_taken()
    {
        const string xml = """<worksheet><sheetData/><mergeCells><mergeCell ref="A1:B1"/></mergeCells><conditionalFormatting sqref="A1:Z9"><cfRule/></conditionalFormatting><hyperlinks><hyperlink ref="C5"/></hyperlinks></worksheet>""";

        Assert.That(MergeScanner.Scan(new MemoryStream(Encoding.UTF8.GetBytes(xml))), Is.EqualTo(new[] { new MergedRange(1, 0, 1, 1) }));
    }
}
