namespace Analytics.Jobs;

/// <summary>The office: configuration section <c>Office</c>.</summary>
public sealed class OfficeOptions
{
    /// <summary>The IANA time zone digest schedules and as-of dates are read in.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The zone, or a configuration error naming the bad id.</summary>
    public TimeZoneInfo Zone() => Zones.Find(TimeZone, "Office:TimeZone");
}
