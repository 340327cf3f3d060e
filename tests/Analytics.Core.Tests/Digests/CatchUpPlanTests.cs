using Analytics.Core.Digests;

namespace Analytics.Core.Tests.Digests;

/// <summary>Missed fires: the latest one due is sent once, older ones are skipped, a first start owes nothing.</summary>
public sealed class CatchUpPlanTests
{
    private static readonly DateTimeOffset May6 = WeeklySchedule.Monday(2024, 5, 6);

    [Test]
    public void First_start_is_a_baseline_and_sends_nothing()
    {
        var plan = CatchUpPlan.For(null, May6.AddDays(2), WeeklySchedule.NextFireAfter);
        Assert.That(plan, Is.EqualTo(new CatchUpPlan(null, [], true)).Using<CatchUpPlan>(Same));
    }

    [Test]
    public void A_fire_on_time_sends_that_fire()
    {
        var plan = CatchUpPlan.For(May6.AddDays(-7), May6.AddMilliseconds(3), WeeklySchedule.NextFireAfter);
        Assert.That(plan.Send, Is.EqualTo(May6));
        Assert.That(plan.Skip, Is.Empty);
    }

    [Test]
    public void The_same_fire_handled_already_owes_nothing()
    {
        var plan = CatchUpPlan.For(May6, May6.AddHours(3), WeeklySchedule.NextFireAfter);
        Assert.That((plan.Send, plan.Skip.Count, plan.Baseline), Is.EqualTo(((DateTimeOffset?)null, 0, false)));
    }

    [Test]
    public void Down_for_three_weeks_sends_the_latest_fire_once_and_skips_the_two_before()
    {
        // Last handled 15 April; back on Wednesday 8 May: 22 April, 29 April and 6 May were missed.
        var plan = CatchUpPlan.For(WeeklySchedule.Monday(2024, 4, 15), May6.AddDays(2), WeeklySchedule.NextFireAfter);
        Assert.That(plan.Send, Is.EqualTo(May6));
        Assert.That(plan.Skip, Is.EqualTo(new[] { WeeklySchedule.Monday(2024, 4, 22), WeeklySchedule.Monday(2024, 4, 29) }));
    }

    [Test]
    public void A_weekly_digest_more_than_a_week_late_is_skipped_when_the_next_one_is_due()
    {
        // Down from Sunday 28 April to Monday 6 May 09:00: the 29 April fire is a week and an hour late.
        var plan = CatchUpPlan.For(WeeklySchedule.Monday(2024, 4, 22), May6.AddHours(1), WeeklySchedule.NextFireAfter);
        Assert.That(plan.Skip, Is.EqualTo(new[] { WeeklySchedule.Monday(2024, 4, 29) }));
        Assert.That(plan.Send, Is.EqualTo(May6));
    }

    [Test]
    public void A_cap_on_lateness_skips_even_the_latest_fire()
    {
        var plan = CatchUpPlan.For(May6.AddDays(-7), May6.AddDays(3), WeeklySchedule.NextFireAfter, maxLateness: TimeSpan.FromDays(2));
        Assert.That(plan.Send, Is.Null);
        Assert.That(plan.Skip, Is.EqualTo(new[] { May6 }));
    }

    private static bool Same(CatchUpPlan a, CatchUpPlan b) => a.Send == b.Send && a.Baseline == b.Baseline && a.Skip.SequenceEqual(b.Skip);
}
