using Analytics.Charts;
using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>
/// One figure of a KPI row: its value, and the comparison with the same period last year. The comparison is worked
/// from the figure and last year's (<see cref="PreviousPath"/>): a difference, a YoY growth, or last year's value.
/// </summary>
internal sealed record KpiFigure(string Label, string Value, string Unit, string? Compare, int Direction, bool Suppressed)
{
    public static readonly string[] Comparisons = ["difference", "yoy", "previous", "none"];

    /// <summary>Last year's figure of a path: signed.atLeast.1 → signed.previous.atLeast.1, funds.inPlace → funds.previous, …; null where there is none.</summary>
    public static string? PreviousPath(string path)
    {
        var steps = path.Split('.');
        return steps switch
        {
            ["signed" or "started", "count" or "investment" or "atLeast", ..] => $"{steps[0]}.previous.{string.Join('.', steps[1..])}",
            ["funds", "inPlace"] => "funds.previous",
            ["funds", "projects"] => "funds.previousProjects",
            ["producing", "count"] => "producing.previousCount",
            ["producing", "investment"] => "producing.previousInvestment",
            ["underConstruction", "atLeast1"] => "underConstruction.previousAtLeast1",
            ["startRate"] => "startRatePrevious",
            ["statsRate"] => "statsRatePrevious",
            _ => null,
        };
    }

    /// <summary>Evaluates a figure of a KPI row with its comparison.</summary>
    public static KpiFigure Evaluate(FigureScope scope, string path, string? label, string? unit, string? compare)
    {
        var figure = scope.Evaluate(path);
        if (figure.Kind is FigureKind.Text or FigureKind.Date)
            throw new BlockException($"「{path}」不是数值，不能作为指标卡");
        var previousPath = PreviousPath(path);
        compare ??= previousPath is null ? "none" : figure.Kind == FigureKind.Ratio ? "previous" : figure.Kind == FigureKind.Count ? "difference" : "yoy";
        if (!Comparisons.Contains(compare)) throw new BlockException($"compare 的值「{compare}」无效，可用：{string.Join("、", Comparisons)}");
        if (compare != "none" && previousPath is null) throw new BlockException($"「{path}」没有上年同期数，compare 只能为 none");
        var value = figure.Suppressed || figure.Number is not { } n ? FigureFormat.Missing : FigureFormat.Plain(figure.Kind, n).TrimEnd('%');
        unit ??= figure.Kind switch { FigureKind.Count => "个", FigureKind.Ratio => "%", _ => "亿元" };
        if (value == FigureFormat.Missing) unit = "";
        if (compare == "none") return new KpiFigure(label ?? path, value, unit, null, 0, figure.Suppressed);
        var previous = scope.Evaluate(previousPath!);
        var suppressed = figure.Suppressed || previous.Suppressed;
        string text;
        var direction = 0;
        if (suppressed || figure.Number is not { } now || previous.Number is not { } before)
        {
            text = compare switch { "previous" => "上年同期 —", "yoy" => "同比 —", _ => "较上年同期 —" };
        }
        else if (compare == "previous")
        {
            text = "上年同期 " + FigureFormat.WithUnit(figure.Kind, before);
        }
        else if (compare == "yoy" && figure.Kind != FigureKind.Ratio)
        {
            if (before == 0) text = "同比 —";
            else
            {
                var growth = (now - before) / before;
                direction = Math.Sign(growth);
                text = "同比 " + FigureFormat.Signed(FigureKind.Ratio, growth);
            }
        }
        else
        {
            direction = Math.Sign(now - before);
            text = "较上年同期 " + (figure.Kind == FigureKind.Ratio
                ? SignedPoints(now - before)
                : FigureFormat.Signed(figure.Kind, now - before) + (figure.Kind == FigureKind.Count ? "个" : "亿元"));
        }
        return new KpiFigure(label ?? path, value, unit, text, direction, suppressed);
    }

    private static string SignedPoints(decimal difference)
    {
        var text = FigureFormat.Points(Math.Abs(difference));
        return text.StartsWith("0.0", StringComparison.Ordinal) ? text : NumberStyle.Signed(text, difference, "");
    }
}
