using Analytics.Core.Digests;

namespace Analytics.Jobs;

/// <summary>Time zones by IANA id, with an error that names the setting.</summary>
internal static class Zones
{
    public static TimeZoneInfo Find(string id, string setting)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new DigestConfigurationException($"{setting}：未知时区「{id}」，应为 IANA 时区名，如 Asia/Shanghai",
                $"{setting}: unknown time zone \"{id}\"; expected an IANA id such as Asia/Shanghai");
        }
    }
}
