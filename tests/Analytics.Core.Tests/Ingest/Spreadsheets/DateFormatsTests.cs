using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

public sealed class DateFormatsTests
{
    [TestCase("yyyy\"年\"m\"月\"d\"日\"")]
    [TestCase("yyyy年m月d日")]
    [TestCase("[$-804]yyyy/m/d;@")]
    [TestCase("[DBNum1][$-804]m\"月\"d\"日\"")]
    [TestCase("yyyy\\.m\\.d")]
    [TestCase("m/d/yy h:mm")]
    [TestCase("[h]:mm:ss")]
    [TestCase("YYYY-MM-DD")]
    public void Codes_with_date_or_time_parts_are_dates(string code)
    {
        Assert.That(DateFormats.IsDateCode(code), Is.True);
    }

    [TestCase("General")]
    [TestCase("0.00")]
    [TestCase("#,##0.00_);[Red]\\(#,##0.00\\)")]
    [TestCase("0.00\"亿元\"")]
    [TestCase("\"day \"0")]
    [TestCase("[Red]0.0%")]
    [TestCase("@")]
    [TestCase("0.00\\d")]
    [TestCase("_-* #,##0_-;-* #,##0_-;_-* \"-\"_-;_-@_-")]
    public void Codes_without_them_are_not(string code)
    {
        Assert.That(DateFormats.IsDateCode(code), Is.False);
    }

    [Test]
    public void Built_in_date_formats_are_14_to_22_27_to_36_45_to_47_and_50_to_58()
    {
        var dates = Enumerable.Range(0, 60).Where(DateFormats.IsBuiltInDate);

        Assert.That(dates, Is.EqualTo(new[]
        {
            14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
            50, 51, 52, 53, 54, 55, 56, 57, 58,
        }));
    }
}
