using Analytics.Charts.Specs;
using Analytics.Charts.Theme;

namespace Analytics.Charts.Tests.Theme;

public sealed class TrafficLightsTests
{
    [TestCase(0.92, 0.915, TrafficLight.Green)]
    [TestCase(0.915, 0.915, TrafficLight.Green)]
    [TestCase(0.815, 0.915, TrafficLight.Yellow)]
    [TestCase(0.8149, 0.915, TrafficLight.Red)]
    public void Light_compares_completion_with_the_schedule(decimal completion, decimal schedule, TrafficLight expected) =>
        Assert.That(TrafficLights.Classify(completion, schedule), Is.EqualTo(expected));

    [Test]
    public void No_target_means_no_light()
    {
        var row = new GaugeRow("青山县", 128.4m, 0m);
        Assert.That(row.Completion, Is.Null);
        Assert.That(TrafficLights.Classify(row.Completion, 0.5m), Is.EqualTo(TrafficLight.None));
        Assert.That(TrafficLights.Label(TrafficLight.None), Is.EqualTo("无目标"));
    }

    [Test]
    public void Each_light_is_named_in_words_not_colour_alone() =>
        Assert.That(new[] { TrafficLight.Green, TrafficLight.Yellow, TrafficLight.Red }.Select(TrafficLights.Label),
            Is.EqualTo(new[] { "绿牌", "黄牌", "红牌" }));

    [Test]
    public void Light_colours_keep_three_to_one_contrast_on_white()
    {
        foreach (var light in new[] { TrafficLight.Green, TrafficLight.Yellow, TrafficLight.Red })
            Assert.That(1.05 / (Palette.Luminance(Palette.Of(light)) + 0.05), Is.GreaterThanOrEqualTo(3.0), light.ToString());
    }
}
