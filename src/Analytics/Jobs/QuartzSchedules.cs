using Analytics.Core.Digests;
using Quartz;

namespace Analytics.Jobs;

/// <summary>Cron expressions (Quartz's format) read in a time zone, as the schedule functions the digest logic takes.</summary>
public static class QuartzSchedules
{
    /// <summary>The first fire strictly after a time; a malformed expression is a <see cref="DigestConfigurationException"/>.</summary>
    public static Func<DateTimeOffset, DateTimeOffset?> NextFireAfter(string cron, TimeZoneInfo zone, string digest)
    {
        CronExpression expression;
        try
        {
            expression = new CronExpression(cron, zone);
        }
        catch (FormatException e)
        {
            throw new DigestConfigurationException($"{digest}：定时表达式「{cron}」无效（{e.Message}）", $"{digest}: invalid cron expression \"{cron}\" ({e.Message})");
        }
        return time => expression.GetNextValidTimeAfter(time);
    }
}
