using Analytics.Core.Documents;

namespace Analytics.Jobs;

/// <summary>The office: configuration section <c>Office</c>.</summary>
public sealed class OfficeOptions
{
    /// <summary>The IANA time zone digest schedules and as-of dates are read in.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The office's name, signed at the end of its documents.</summary>
    public string Name { get; set; } = Core.Documents.Letterhead.Demo.Office;

    /// <summary>The city (or county, district) the office serves.</summary>
    public string City { get; set; } = Core.Documents.Letterhead.Demo.City;

    /// <summary>The short name in the header of every page, printed page and document.</summary>
    public string LogoText { get; set; } = Core.Documents.Letterhead.Demo.Brand;

    /// <summary>The zone, or a configuration error naming the bad id.</summary>
    public TimeZoneInfo Zone() => Zones.Find(TimeZone, "Office:TimeZone");

    /// <summary>The names the documents are issued under.</summary>
    public Letterhead ToLetterhead() => new(Name, City, LogoText);

    /// <summary>The section <c>Office</c> of <paramref name="configuration"/>, or the defaults.</summary>
    public static OfficeOptions Read(IConfiguration configuration) => configuration.GetSection("Office").Get<OfficeOptions>() ?? new OfficeOptions();
}
