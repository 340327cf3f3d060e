using System.Text.RegularExpressions;

namespace Analytics.Core.Ingest.Ledgers;

/// <summary>The 期间 of an external rank: <c>2021年</c> or <c>2021年全年</c> (the whole year), <c>2021年1—11月</c> (January to November).</summary>
public static partial class RankPeriods
{
    /// <summary>The year and the last month of the period; null when the text is not a period.</summary>
    public static (int Year, int Month)? Parse(string text)
    {
        var match = Pattern().Match(HeaderText.Normalise(text).Replace("份", ""));
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["y"].Value);
        if (year is < 2000 or > 2100) return null;
        if (!match.Groups["to"].Success) return (year, 12);
        var from = int.Parse(match.Groups["from"].Value);
        var to = int.Parse(match.Groups["to"].Value);
        return from == 1 && to is >= 1 and <= 12 ? (year, to) : null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})年(?:全年|度)?(?:(?<from>\d{1,2})月?[—–\-~～至到](?<to>\d{1,2})月)?$")]
    private static partial Regex Pattern();
}
