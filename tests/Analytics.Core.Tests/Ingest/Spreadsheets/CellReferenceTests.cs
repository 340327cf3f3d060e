using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

public sealed class CellReferenceTests
{
    [TestCase("A1", 0, 1)]
    [TestCase("Z9", 25, 9)]
    [TestCase("AA10", 26, 10)]
    [TestCase("$AB$12", 27, 12)]
    [TestCase("xfd1048576", 16383, 1048576)]
    [TestCase("C", 2, 0)]
    public void References_give_a_zero_based_column_and_the_row(string text, int column, int row)
    {
        Assert.That(CellReference.TryParse(text, out var c, out var r), Is.True);
        Assert.That((c, r), Is.EqualTo((column, row)));
    }

    [TestCase("")]
    [TestCase("1")]
    [TestCase("XFE1")]
    [TestCase("A1048577")]
    [TestCase("A1B")]
    public void Malformed_or_out_of_range_references_are_refused(string text)
    {
        Assert.That(CellReference.TryParse(text, out _, out _), Is.False);
    }

    [Test]
    public void A_range_is_normalised_to_top_left_and_bottom_right()
    {
        Assert.That(CellReference.TryParseRange("C5:A2", out var range), Is.True);
        Assert.That(range, Is.EqualTo(new MergedRange(2, 0, 5, 2)));
    }
}
