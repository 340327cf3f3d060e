using System.Globalization;

namespace Analytics.Core.Dashboards.Narrative;

/// <summary>The rows of the mart <c>summary_figures</c> at one date, by fact and member.</summary>
internal sealed class SummaryFacts(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
{
    /// <summary>The rows of a fact, in the mart's order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Of(string fact) =>
        rows.Where(r => (string?)r["fact"] == fact).ToList();

    /// <summary>The members of a fact (e.g. the regions of no_signing_ge50).</summary>
    public IReadOnlyList<string> Members(string fact) => Of(fact).Select(r => (string)r["member"]!).ToList();

    public long Projects(string fact, string member = "全市") => Number(fact, member, "projects") is { } n ? (long)n : 0;

    public decimal Investment(string fact, string member = "全市") => Number(fact, member, "investment") ?? 0;

    public decimal Funds(string fact, string member = "全市") => Number(fact, member, "funds") ?? 0;

    public double? Ratio(string fact, string member = "全市") => Number(fact, member, "ratio") is { } n ? (double)n : null;

    public decimal? Days(string fact, string member) => Number(fact, member, "days");

    public long? PreviousProjects(string fact, string member = "全市") => Number(fact, member, "previous_projects") is { } n ? (long)n : null;

    private decimal? Number(string fact, string member, string column)
    {
        var row = rows.FirstOrDefault(r => (string?)r["fact"] == fact && (string?)r["member"] == member);
        return row?[column] is { } value ? Convert.ToDecimal(value, CultureInfo.InvariantCulture) : null;
    }
}
