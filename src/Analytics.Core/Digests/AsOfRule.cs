namespace Analytics.Core.Digests;

/// <summary>
/// Which date a digest reports as of, worked out from the office-local date it fires on:
/// <c>last-sunday</c> is the Sunday before that date (a week back when it fires on a Sunday),
/// <c>end-of-last-month</c> the last day of the previous month.
/// </summary>
public sealed class AsOfRule
{
    public static readonly AsOfRule LastSunday = new("last-sunday", date => date.AddDays(date.DayOfWeek == DayOfWeek.Sunday ? -7 : -(int)date.DayOfWeek));

    public static readonly AsOfRule EndOfLastMonth = new("end-of-last-month", date => new DateOnly(date.Year, date.Month, 1).AddDays(-1));

    private static readonly AsOfRule[] All = [LastSunday, EndOfLastMonth];

    private readonly Func<DateOnly, DateOnly> resolve;

    private AsOfRule(string name, Func<DateOnly, DateOnly> resolve)
    {
        Name = name;
        this.resolve = resolve;
    }

    /// <summary>The rule's name as written in a dashboard's front matter.</summary>
    public string Name { get; }

    /// <summary>The as-of date for a digest firing on <paramref name="fireDate"/> (the office's local date).</summary>
    public DateOnly Resolve(DateOnly fireDate) => resolve(fireDate);

    /// <summary>The as-of date for a digest firing at <paramref name="fireTime"/>, read in <paramref name="zone"/>.</summary>
    public DateOnly Resolve(DateTimeOffset fireTime, TimeZoneInfo zone) =>
        Resolve(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fireTime, zone).DateTime));

    /// <summary>Reads a rule name; an unknown one is a <see cref="DigestConfigurationException"/> naming the known ones.</summary>
    public static AsOfRule Parse(string name) =>
        All.FirstOrDefault(r => string.Equals(r.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new DigestConfigurationException(
            $"未知的截止日期规则「{name}」，应为 {string.Join("、", All.Select(r => r.Name))}",
            $"unknown as-of rule \"{name}\"; expected {string.Join(" or ", All.Select(r => r.Name))}");

    public override string ToString() => Name;
}
