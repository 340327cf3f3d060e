using System.Globalization;
using Analytics.Charts.Tests.Golden;

namespace Analytics.Charts.Tests.Plotting;

public sealed class DeterminismTests
{
    [Test]
    public void Renders_on_8_workers_at_once_give_the_same_bytes_as_one_at_a_time_in_any_culture()
    {
        var specs = GoldenCases.All.Select(c => c.Spec).ToList();
        var expected = specs.Select(s => Chart.RenderPng(s, 2)).ToList();
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            var again = new byte[specs.Count * 3][];
            Parallel.For(0, again.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
                i => again[i] = Chart.RenderPng(specs[i % specs.Count], 2));
            for (var i = 0; i < again.Length; i++)
                Assert.That(again[i], Is.EqualTo(expected[i % specs.Count]), GoldenCases.All[i % specs.Count].Name);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void Equal_specs_have_equal_fingerprints_and_a_changed_figure_another()
    {
        var a = GoldenCases.Spec("bar-regions");
        var copy = a with { };
        var changed = (Specs.BarChartSpec)a with { Series = [new Specs.ChartSeries("2021年", [1m, 2m, 3m, 4m, 5m, 6m, 7m])] };
        Assert.That(Chart.Fingerprint(copy), Is.EqualTo(Chart.Fingerprint(a)));
        Assert.That(Chart.Fingerprint(changed), Is.Not.EqualTo(Chart.Fingerprint(a)));
        Assert.That(Chart.Fingerprint(a with { Colors = new Analytics.Charts.Theme.MemberColors(["鸠江区"]) }), Is.Not.EqualTo(Chart.Fingerprint(a)));
    }
}
