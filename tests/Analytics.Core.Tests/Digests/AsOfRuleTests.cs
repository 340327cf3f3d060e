using Analytics.Core.Digests;

namespace Analytics.Core.Tests.Digests;

/// <summary>The as-of rules: which date a digest reports, from the office-local date it fires on.</summary>
public sealed class AsOfRuleTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [TestCase("2024-05-06", "2024-05-05", TestName = "Last_sunday_of_a_Monday_is_the_day_before")]
    [TestCase("2024-05-11", "2024-05-05", TestName = "Last_sunday_of_a_Saturday_is_six_days_before")]
    [TestCase("2024-05-05", "2024-05-05", TestName = "Last_sunday_of_a_Sunday_is_that_day_as_dashboards_define_it")]
    [TestCase("2024-01-01", "2023-12-31", TestName = "Last_sunday_crosses_the_year")]
    public void Last_sunday(string fire, string expected) =>
        Assert.That(AsOfRule.LastSunday.Resolve(DateOnly.Parse(fire)), Is.EqualTo(DateOnly.Parse(expected)));

    [TestCase("2024-03-03", "2024-02-29", TestName = "End_of_last_month_in_a_leap_year_is_29_February")]
    [TestCase("2023-03-03", "2023-02-28", TestName = "End_of_last_month_in_a_common_year_is_28_February")]
    [TestCase("2024-01-03", "2023-12-31", TestName = "End_of_last_month_in_January_is_31_December")]
    [TestCase("2024-05-31", "2024-04-30", TestName = "End_of_last_month_on_the_last_day_is_still_the_month_before")]
    public void End_of_last_month(string fire, string expected) =>
        Assert.That(AsOfRule.EndOfLastMonth.Resolve(DateOnly.Parse(fire)), Is.EqualTo(DateOnly.Parse(expected)));

    [Test]
    public void The_fire_date_is_read_in_the_office_s_zone()
    {
        // 1 June 2024 07:00 in Shanghai is still 31 May in UTC: end of last month is 31 May there, 30 April here.
        var fire = new DateTimeOffset(2024, 5, 31, 23, 0, 0, TimeSpan.Zero);
        Assert.That(AsOfRule.EndOfLastMonth.Resolve(fire, Shanghai), Is.EqualTo(new DateOnly(2024, 5, 31)));
        Assert.That(AsOfRule.EndOfLastMonth.Resolve(fire, TimeZoneInfo.Utc), Is.EqualTo(new DateOnly(2024, 4, 30)));
    }

    [Test]
    public void Rules_are_read_by_name_and_an_unknown_one_names_the_known_ones()
    {
        Assert.That(AsOfRule.Parse("last-sunday").Name, Is.EqualTo("last-sunday"));
        Assert.That(AsOfRule.Parse(" End-Of-Last-Month ").Resolve(new DateOnly(2024, 3, 3)), Is.EqualTo(new DateOnly(2024, 2, 29)));
        Assert.That(AsOfRule.Parse("yesterday").Resolve(new DateOnly(2024, 3, 1)), Is.EqualTo(new DateOnly(2024, 2, 29)));
        var error = Assert.Throws<DigestConfigurationException>(() => AsOfRule.Parse("last-friday"))!;
        Assert.That(error.Message, Does.Contain("last-friday").And.Contain("last-sunday").And.Contain("end-of-last-month"));
    }
}
