namespace Analytics.Charts.Tests;

public sealed class FormatsTests
{
    [Test]
    public void Amount_in_yi_has_thousands_separator_one_decimal_and_spaced_unit() =>
        Assert.That(Formats.Amount(1447m), Is.EqualTo("1,447.0 亿元"));

    [Test]
    public void Amount_in_wan_rounds_half_away_from_zero() =>
        Assert.That(Formats.AmountWan(12.25m), Is.EqualTo("12.3 万元"));

    [Test]
    public void Percent_takes_a_fraction() => Assert.That(Formats.Percent(0.533m), Is.EqualTo("53.3%"));

    [Test]
    public void Percent_of_growth_keeps_its_sign() => Assert.That(Formats.Percent(-0.0765m), Is.EqualTo("−7.7%"));

    [Test]
    public void Count_has_no_space_before_its_measure_word() => Assert.That(Formats.Count(643), Is.EqualTo("643个"));

    [Test]
    public void A_negative_value_that_rounds_to_zero_has_no_minus_sign() =>
        Assert.That(Formats.Amount(-0.04m), Is.EqualTo("0.0 亿元"));

    [Test]
    public void Large_amounts_group_every_three_digits() =>
        Assert.That(Formats.Number(1234567.891m, 2), Is.EqualTo("1,234,567.89"));

    [Test]
    public void Format_does_not_depend_on_the_current_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.That(Formats.Amount(1447m), Is.EqualTo("1,447.0 亿元"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Test]
    public void Value_format_writes_the_number_alone_for_axes_and_tables()
    {
        Assert.That(ValueFormat.Yi.FormatNumber(1447m), Is.EqualTo("1,447.0"));
        Assert.That(ValueFormat.Percent.FormatNumber(0.144m), Is.EqualTo("14.4%"));
        Assert.That(ValueFormat.Percent.FormatBare(0.144m), Is.EqualTo("14.4"));
    }
}
