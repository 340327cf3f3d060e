namespace Analytics.Core.Dashboards.Figures;

/// <summary>
/// What inline figures of a page read: the KPI report of the page's region (or the city), as the viewer may see it,
/// and the page's own words: <c>title</c>, <c>period</c> (the request's period, e.g. 11月24日—11月30日), <c>ytd</c> (the period of the figures: the year to date, or the month under period=month)
/// (1—11月份), <c>region</c>, <c>asOf</c>, <c>schedule</c> (share of the year elapsed).
/// </summary>
/// <param name="open">The report unmasked: it decides whether a path exists and whether a null was withheld.</param>
/// <param name="masked">The report as a public viewer sees it; null for an internal viewer.</param>
internal sealed class FigureScope(string title, PageRequest request, DisclosedKpiReport open, DisclosedKpiReport? masked)
{
    public DateOnly AsOf => request.AsOf;

    /// <summary>The value of <paramref name="path"/>.</summary>
    public Figure Evaluate(string path)
    {
        switch (path)
        {
            case "title": return Figure.Of(title);
            case "period": return Figure.Of(PeriodPhrase.Of(request.Period, request.AsOf));
            case "ytd": return Figure.Of(PeriodPhrase.Figures(request));
            case "schedule":
                var days = DateTime.IsLeapYear(AsOf.Year) ? 366m : 365m;
                return new Figure(FigureKind.Ratio, AsOf.DayOfYear / days);
        }
        var (value, kind) = FigurePath.Resolve(open, path);
        if (masked is not null && value is not null && FigurePath.Resolve(masked, path).Value is null)
            return new Figure(kind, Suppressed: true);
        return kind switch
        {
            FigureKind.Date => new Figure(kind, Date: (DateOnly?)value),
            FigureKind.Text => new Figure(kind, Text: value as string),
            _ => new Figure(kind, value is null ? null : Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>Writes an expression <c>path | filter | …</c>; <paramref name="suppressed"/> tells whether the figure was withheld.</summary>
    public string Write(string expression, out bool suppressed)
    {
        var parts = expression.Split('|', StringSplitOptions.TrimEntries);
        if (parts[0].Length == 0) throw new FigureException($"「{{{{ {expression} }}}}」没有写出指标");
        var figure = Evaluate(parts[0]);
        suppressed = figure.Suppressed;
        return FigureFormat.Write(figure, parts[1..]);
    }
}
