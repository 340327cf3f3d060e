using Analytics.Core.Dashboards;

namespace Analytics.Core.Digests;

/// <summary>
/// Which date a digest reports as of, worked out from the office-local date it fires on, by the rules dashboards
/// declare (<see cref="DigestDefinition.AsOfRules"/>): <c>last-sunday</c> for a Monday fire is the day before,
/// <c>end-of-last-month</c> the last day of the previous month; also <c>today</c> and <c>yesterday</c>.
/// </summary>
public sealed class AsOfRule
{
    public static readonly AsOfRule LastSunday = Parse("last-sunday");

    public static readonly AsOfRule EndOfLastMonth = Parse("end-of-last-month");

    private readonly DigestDefinition definition;

    private AsOfRule(string name) => definition = new DigestDefinition("", "", "", [], name, "");

    /// <summary>The rule's name as written in a dashboard's front matter.</summary>
    public string Name => definition.AsOfRule;

    /// <summary>The as-of date for a digest firing on <paramref name="fireDate"/> (the office's local date).</summary>
    public DateOnly Resolve(DateOnly fireDate) => definition.ResolveAsOf(fireDate);

    /// <summary>The as-of date for a digest firing at <paramref name="fireTime"/>, read in <paramref name="zone"/>.</summary>
    public DateOnly Resolve(DateTimeOffset fireTime, TimeZoneInfo zone) =>
        Resolve(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fireTime, zone).DateTime));

    /// <summary>Reads a rule name; an unknown one is a <see cref="DigestConfigurationException"/> naming the known ones.</summary>
    public static AsOfRule Parse(string name)
    {
        var known = DigestDefinition.AsOfRules;
        var rule = known.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return rule is not null
            ? new AsOfRule(rule)
            : throw new DigestConfigurationException($"未知的截止日期规则「{name}」，应为 {string.Join("、", known)}",
                $"unknown as-of rule \"{name}\"; expected one of {string.Join(", ", known)}");
    }

    public override string ToString() => Name;
}
