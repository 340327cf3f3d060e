using System.CommandLine;
using System.Globalization;

namespace Analytics.Cli;

/// <summary>An option taking a calendar date written <c>YYYY-MM-DD</c>; anything else is a bad command line naming the value.</summary>
internal static class DateOption
{
    public static Option<DateOnly?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            result.AddError($"无法识别的日期「{text}」，应为 YYYY-MM-DD，如 2021-11-30 / bad {name} date \"{text}\", expected YYYY-MM-DD");
            return null;
        },
    };
}
