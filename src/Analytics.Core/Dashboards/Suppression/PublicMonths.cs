namespace Analytics.Core.Dashboards.Suppression;

/// <summary>
/// The monthly series as the public may see them: a month's running total (<c>*_cumulative</c>) where the published
/// figure of that month's end shows it; the month's own figure only where it is the difference of two running totals
/// shown (January: the first), so a month tells nothing the published dates do not.
/// </summary>
internal static class PublicMonths
{
    private static readonly (string Family, string[] Columns)[] Families =
    [
        ("signed_ge1", ["signed_ge1"]),
        ("signed", ["signed_investment", "signed_count"]),
        ("started_ge1", ["started_ge1"]),
        ("funds", ["funds", "funds_projects"]),
    ];

    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Mask(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, Func<DateOnly, CellTable?> planAt) =>
        rows.Select(row =>
        {
            var copy = new Dictionary<string, object?>(row, StringComparer.Ordinal);
            var (dimension, member) = ((string)row["dimension"]!, (string)row["member"]!);
            var (year, month) = (Convert.ToInt32(row["year"]), Convert.ToInt32(row["month"]));
            foreach (var (family, columns) in Families)
            {
                var total = Shown(planAt, family, dimension, member, year, month);
                var monthOwn = total && (month == 1 || Shown(planAt, family, dimension, member, year, month - 1));
                foreach (var column in columns)
                {
                    if (!total) copy[column + "_cumulative"] = null;
                    if (!monthOwn) copy[column] = null;
                }
            }
            return (IReadOnlyDictionary<string, object?>)copy;
        }).ToList();

    private static bool Shown(Func<DateOnly, CellTable?> planAt, string family, string dimension, string member, int year, int month)
    {
        var plan = planAt(PublishedDates.MonthEnd(new DateOnly(year, month, 1)));
        return plan?.Index.Find(dimension, member) is { } cell && !plan.IsHidden(family, cell);
    }
}
