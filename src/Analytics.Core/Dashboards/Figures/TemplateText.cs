using System.Text.RegularExpressions;

namespace Analytics.Core.Dashboards.Figures;

/// <summary>Fills the few words a digest subject may hold: <c>{{ title }}</c>, <c>{{ asOf }}</c> / <c>{{ asOf | date }}</c>, <c>{{ period }}</c>.</summary>
internal static partial class TemplateText
{
    public static string Fill(string template, string title, DateOnly asOf, Period period) =>
        Placeholder().Replace(template, m => m.Groups["name"].Value switch
        {
            "title" => title,
            "asOf" when m.Groups["filter"].Value == "iso" => PeriodPhrase.Iso(asOf),
            "asOf" => PeriodPhrase.Date(asOf),
            "period" => PeriodPhrase.Of(period, asOf),
            "ytd" => PeriodPhrase.YearToDate(asOf),
            _ => m.Value,
        });

    [GeneratedRegex(@"\{\{\s*(?<name>\w+)\s*(\|\s*(?<filter>\w+)\s*)?\}\}")]
    private static partial Regex Placeholder();
}
