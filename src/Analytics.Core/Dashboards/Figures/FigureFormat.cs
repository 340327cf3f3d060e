using System.Globalization;
using Analytics.Charts;

namespace Analytics.Core.Dashboards.Figures;

/// <summary>
/// Numbers in sentences, as the seeds write them: counts without separators (643个), amounts in 亿元 to one decimal
/// without a trailing .0 (1447亿元, 1253.9亿元), ratios as percentages to one decimal (14.4%), changes in words
/// (增加233个, 减少15个, 增长14.4%, 持平). A withheld or missing figure is —.
/// </summary>
internal static class FigureFormat
{
    public const string Missing = "—";

    /// <summary>The filters a figure may be piped through, in the order they are documented.</summary>
    public static readonly IReadOnlyList<string> Filters = ["count", "yi", "percent", "points", "date", "abs", "signed", "change"];

    public static string Count(decimal value) => Round(value, 0).ToString("0", CultureInfo.InvariantCulture);

    public static string Amount(decimal value) => Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Percent(decimal fraction) => Round(fraction * 100, 1).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Points(decimal fraction) => Round(fraction * 100, 1).ToString("0.0", CultureInfo.InvariantCulture) + "个百分点";

    /// <summary>The number as the kind writes it, without a unit (643, 1447, 14.4%).</summary>
    public static string Plain(FigureKind kind, decimal value) => kind switch
    {
        FigureKind.Count => Count(value),
        FigureKind.Ratio => Percent(value),
        _ => Amount(value),
    };

    /// <summary>The number with its unit: 643个, 1447亿元, 14.4%.</summary>
    public static string WithUnit(FigureKind kind, decimal value) => kind switch
    {
        FigureKind.Count => Count(value) + "个",
        FigureKind.Ratio => Percent(value),
        _ => Amount(value) + "亿元",
    };

    /// <summary>A difference or growth in words: 增加233个 / 减少15个 / 增长14.4% / 下降3.2% / 持平.</summary>
    public static string Change(FigureKind kind, decimal value)
    {
        var rounded = kind switch { FigureKind.Count => Round(value, 0), FigureKind.Ratio => Round(value * 100, 1), _ => Round(value, 1) };
        if (rounded == 0) return "持平";
        var (up, down) = kind == FigureKind.Ratio ? ("增长", "下降") : ("增加", "减少");
        return (value > 0 ? up : down) + WithUnit(kind, Math.Abs(value));
    }

    /// <summary>+233, −15, +14.4%; 0 without a sign.</summary>
    public static string Signed(FigureKind kind, decimal value)
    {
        return NumberStyle.Signed(Plain(kind, Math.Abs(value)), value, Plain(kind, 0));
    }

    /// <summary>Writes a figure through the filters of an expression (e.g. <c>abs</c>, <c>percent</c>).</summary>
    public static string Write(Figure figure, IReadOnlyList<string> filters)
    {
        foreach (var filter in filters.Where(f => !Filters.Contains(f)))
            throw new FigureException($"未知格式「{filter}」，可用：{string.Join("、", Filters)}");
        if (figure.Kind == FigureKind.Text) return figure.Text ?? Missing;
        if (figure.Kind == FigureKind.Date)
            return figure.Date is { } date ? PeriodPhrase.Date(date) : Missing;
        if (figure.Suppressed || figure.Number is not { } number) return Missing;
        var kind = figure.Kind;
        foreach (var filter in filters)
        {
            switch (filter)
            {
                case "abs": number = Math.Abs(number); break;
                case "count": return Count(number);
                case "yi": return Amount(number) + "亿元";
                case "percent": return Percent(number);
                case "points": return Points(number);
                case "signed": return Signed(kind, number);
                case "change": return Change(kind, number);
                case "date": throw new FigureException("date 格式只用于日期（如 asOf）");
            }
        }
        return Plain(kind, number);
    }

    private static decimal Round(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0 : rounded;
    }
}
