using static Analytics.Core.Tests.Metrics.SecondEdition.SecondEditionSetup;

namespace Analytics.Core.Tests.Metrics.SecondEdition;

/// <summary>The funnel's conversions on <see cref="SecondEditionLedger"/>, where a project produces without being in the statistics.</summary>
public sealed class FunnelStageTests
{
    [Test]
    public void A_producing_project_outside_the_statistics_leaves_no_conversion()
    {
        // ≥ 1 亿元 signed: A1 A2 A3 A5 A6; started A1 A2 A6; in statistics A1; producing A1 and A6, which is not in the
        // statistics: no conversion from 入统 to 投产 is written. A1 is in the statistics and started: 1 of 3.
        var city = Rows("funnel").Single(r => (string)r["dimension"]! == "all");
        Assert.That(RowText.Of([city], "population", "signed", "started", "in_stats", "producing", "started_rate", "in_stats_from_started", "producing_from_in_stats"),
            Is.EqualTo(new[] { "亿元以上项目 | 5 | 3 | 1 | 2 | 0.6 | 0.333333 | ∅" }));
    }
}
