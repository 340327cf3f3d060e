using Analytics.Charts.Layout;

namespace Analytics.Charts.Tests.Layout;

public sealed class NiceScaleTests
{
    [Test]
    public void Ticks_fall_on_round_numbers_from_zero()
    {
        var scale = NiceScale.Create(0, 312.4, 6);
        Assert.That(scale.Ticks, Is.EqualTo(new double[] { 0, 100, 200, 300, 400 }));
    }

    [Test]
    public void Negative_values_extend_the_axis_below_zero()
    {
        var scale = NiceScale.Create(-0.265, 0.236, 7);
        Assert.That(scale.Ticks, Is.EqualTo(new[] { -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3 }));
        Assert.That(scale.Decimals, Is.EqualTo(1));
    }

    [Test]
    public void All_zero_data_gets_a_unit_axis() =>
        Assert.That(NiceScale.Create(0, 0, 5).Ticks, Is.EqualTo(new[] { 0, 0.5, 1 }));

    [Test]
    public void Counts_never_get_fractional_steps() =>
        Assert.That(NiceScale.Create(0, 3, 8, minStep: 1).Ticks, Is.EqualTo(new double[] { 0, 1, 2, 3 }));

    [Test]
    public void Steps_are_one_two_or_five_times_a_power_of_ten() =>
        Assert.That(NiceScale.Create(0, 1469.4, 5).Step, Is.EqualTo(500));

    [Test]
    public void Map_puts_min_and_max_at_the_pixel_ends()
    {
        var scale = NiceScale.Create(0, 400, 5);
        Assert.That(scale.Map(0, 300, 100), Is.EqualTo(300));
        Assert.That(scale.Map(400, 300, 100), Is.EqualTo(100));
    }
}
