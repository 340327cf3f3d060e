using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Models;
using Analytics.Tests.Cli;

namespace Analytics.Tests.Web.Disclosure;

/// <summary>
/// The attacks of issue 13 against every public endpoint, on a ledger with a region, a chain and a fund source of 1
/// and of 2 projects: totals minus the members shown, figures of consecutive dates, and the order of a ranking.
/// Nothing they find may be a figure of fewer than 3 projects.
/// </summary>
public sealed partial class DisclosureAttackTests
{
    private static readonly string[] Dimensions = ["region", "industry_chain", "fund_source"];
    private static readonly string[] Metrics = ["signed_count", "signed_investment", "started_count", "funds_in_place"];
    private static readonly DateOnly[] MonthEnds = [new(2025, 1, 31), new(2025, 2, 28), new(2025, 3, 31), new(2025, 4, 30), new(2025, 5, 31)];

    private readonly AttackLedger ledger = new();
    private string root = null!;
    private SiteFactory site = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        root = Path.Combine(Path.GetTempPath(), "analytics-site-tests", "attack-" + Guid.NewGuid().ToString("N")[..8]);
        var step = new ModelStep(Path.Combine(CliRun.RepositoryRoot, "sql"), () => AttackLedger.LastDay);
        var result = new Importer(new DataStore(Path.Combine(root, "data"))) { BeforePublish = step.Run }.Import(ledger.Write(Path.Combine(root, "ledgers")));
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Problems.Listed.Select(p => p.LineEn)));
        site = new SiteFactory(Path.Combine(root, "data"));
        client = site.Anonymous();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        site.Dispose();
        Directory.Delete(root, recursive: true);
    }

    [Test]
    public async Task Totals_minus_the_members_shown_never_give_a_figure_of_fewer_than_3_projects()
    {
        var checkedLines = 0;
        foreach (var asOf in MonthEnds)
        {
            using var kpis = await Json($"/api/kpis?asOf={asOf:yyyy-MM-dd}");
            foreach (var metric in Metrics)
            {
                var total = Total(kpis.RootElement, metric);
                foreach (var by in Dimensions)
                {
                    using var ranking = await Json($"/api/rankings?asOf={asOf:yyyy-MM-dd}&by={by}&metric={metric}");
                    var rows = ranking.RootElement.EnumerateArray().ToList();
                    var withheld = rows.Where(r => r.GetProperty("value").ValueKind == JsonValueKind.Null).Select(r => r.GetProperty("member").GetString()!).ToList();
                    var holding = withheld.Select(m => ledger.Truth(metric, by, m, asOf)).Where(t => t.Projects > 0).ToList();
                    var what = $"{asOf:yyyy-MM-dd} {by} {metric}: withheld {string.Join("、", withheld)}";
                    foreach (var small in AttackLedger.SmallMembers.Where(s => rows.Any(r => r.GetProperty("member").GetString() == s)))
                        Assert.That(withheld, Does.Contain(small), what);
                    if (total is not { } shownTotal || holding.Count == 0) continue;
                    checkedLines++;
                    // The attack: what the total minus the members shown gives is the withheld members' sum ...
                    var rest = shownTotal - rows.Where(r => r.GetProperty("value").ValueKind != JsonValueKind.Null).Sum(r => (decimal)r.GetProperty("value").GetDouble());
                    Assert.That((double)rest, Is.EqualTo((double)holding.Sum(t => t.Value)).Within(0.01), what);
                    // ... which must be of two members or more, and of 3 projects or more.
                    Assert.That(holding, Has.Count.GreaterThanOrEqualTo(2), what);
                    Assert.That(holding.Sum(t => t.Projects), Is.GreaterThanOrEqualTo(3), what);
                }
                foreach (var region in ledger.Members("region"))
                {
                    // A region's own KPI answer shows the figure exactly when the ranking does.
                    using var one = await Json($"/api/kpis?asOf={asOf:yyyy-MM-dd}&region={Uri.EscapeDataString(region)}");
                    using var ranking = await Json($"/api/rankings?asOf={asOf:yyyy-MM-dd}&by=region&metric={metric}");
                    var row = ranking.RootElement.EnumerateArray().Single(r => r.GetProperty("member").GetString() == region);
                    Assert.That(Total(one.RootElement, metric) is null, Is.EqualTo(row.GetProperty("value").ValueKind == JsonValueKind.Null), $"{asOf} {region} {metric}");
                }
            }
        }
        Assert.That(checkedLines, Is.GreaterThan(20), "the attack found lines with withheld members to try");
    }

    [Test]
    public async Task Figures_of_consecutive_days_are_the_same_published_month_end()
    {
        var publishedDates = new HashSet<DateOnly>();
        string? previous = null;
        DateOnly? previousAsOf = null;
        for (var day = new DateOnly(2025, 1, 1); day <= AttackLedger.LastDay; day = day.AddDays(1))
        {
            var body = await client.GetStringAsync($"/api/kpis?asOf={day:yyyy-MM-dd}");
            var asOf = DateOnly.Parse(JsonDocument.Parse(body).RootElement.GetProperty("asOf").GetString()!, CultureInfo.InvariantCulture);
            var page = await client.GetStringAsync($"/?asOf={day:yyyy-MM-dd}");
            Assert.That(PageAsOf().Match(page).Groups[1].Value, Is.EqualTo($"{asOf:yyyy-MM-dd}"), $"the page of {day} shows the API's date");
            Assert.That(asOf, Is.EqualTo(new DateOnly(asOf.Year, asOf.Month, DateTime.DaysInMonth(asOf.Year, asOf.Month))), $"{day} answers as of a month end");
            Assert.That(asOf, Is.LessThanOrEqualTo(day));
            if (previousAsOf == asOf) Assert.That(body, Is.EqualTo(previous), $"{day} and the day before answer alike");
            publishedDates.Add(asOf);
            (previous, previousAsOf) = (body, asOf);
        }
        Assert.That(publishedDates.Order(), Is.EqualTo(new[] { new DateOnly(2024, 12, 31) }.Concat(MonthEnds)), "the data ends 2025-06-18: June is not published");

        // Between published dates of one year, a figure shown on both moved by 0 or by 3 projects or more.
        foreach (var by in Dimensions)
            foreach (var metric in Metrics)
            {
                var shown = new Dictionary<DateOnly, HashSet<string>>();
                foreach (var asOf in MonthEnds)
                {
                    using var ranking = await Json($"/api/rankings?asOf={asOf:yyyy-MM-dd}&by={by}&metric={metric}");
                    shown[asOf] = ranking.RootElement.EnumerateArray().Where(r => r.GetProperty("value").ValueKind != JsonValueKind.Null)
                        .Select(r => r.GetProperty("member").GetString()!).ToHashSet();
                }
                foreach (var (from, to) in from a in MonthEnds from b in MonthEnds where a < b select (a, b))
                    foreach (var member in shown[from].Intersect(shown[to]))
                        Assert.That(ledger.Moved(metric, by, member, from, to), Is.Not.InRange(1, 2), $"{member} {metric} from {from} to {to}");
            }
    }

    [Test]
    public async Task A_ranking_lists_the_withheld_members_last_unranked_by_name_and_ranks_the_rest_from_1()
    {
        foreach (var asOf in MonthEnds)
            foreach (var by in Dimensions)
                foreach (var metric in Metrics)
                {
                    using var ranking = await Json($"/api/rankings?asOf={asOf:yyyy-MM-dd}&by={by}&metric={metric}");
                    var rows = ranking.RootElement.EnumerateArray().Select(r => (
                        Rank: r.GetProperty("rank").ValueKind == JsonValueKind.Null ? (long?)null : r.GetProperty("rank").GetInt64(),
                        Member: r.GetProperty("member").GetString()!,
                        Value: r.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : r.GetProperty("value").GetDouble())).ToList();
                    var what = $"{asOf:yyyy-MM-dd} {by} {metric}";
                    var shown = rows.TakeWhile(r => r.Value is not null).ToList();
                    var rest = rows.Skip(shown.Count).ToList();
                    Assert.That(rest.All(r => r.Value is null && r.Rank is null), what);
                    Assert.That(rest.Select(r => r.Member), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), what);
                    for (var i = 0; i < shown.Count; i++)
                        Assert.That(shown[i].Rank, Is.EqualTo(i > 0 && shown[i].Value == shown[i - 1].Value ? shown[i - 1].Rank : i + 1), what);
                }
        // The public CSV of the page's ranking table (block 3: signed investment by region) follows the same order.
        var csv = await client.GetStringAsync("/tables/public-statistics/3.csv?asOf=2025-05-31");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        var unranked = lines.SkipWhile(l => l[0].Length > 0).ToList();
        Assert.That(unranked.Select(l => l[1]), Does.Contain("孤岛县").And.Contain("双桥镇"));
        Assert.That(unranked.All(l => l[0].Length == 0 && l[2].Length == 0));
        Assert.That(unranked.Select(l => l[1]), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public async Task No_public_page_chart_or_csv_shows_a_number_for_a_member_of_1_or_2_projects()
    {
        var checkedRows = 0;
        foreach (var asOf in MonthEnds)
        {
            var page = await client.GetStringAsync($"/?asOf={asOf:yyyy-MM-dd}");
            Assert.That(page, Does.Not.Contain("机密"), "no project name or investor");
            foreach (var url in Links().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct())
            {
                var response = await client.GetAsync(url);
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
                var body = await response.Content.ReadAsStringAsync();
                Assert.That(body, Does.Not.Contain("机密"), url);
                if (!url.StartsWith("/tables/", StringComparison.Ordinal)) continue;
                foreach (var line in body.TrimStart('\uFEFF').Split("\r\n").Select(l => l.Split(',')))
                {
                    var member = line.FirstOrDefault(AttackLedger.SmallMembers.Contains);
                    if (member is null) continue;
                    checkedRows++;
                    // Every cell of the row but the member's name (and a rank, which a withheld row has not) is empty.
                    Assert.That(line.Where(c => c != member && c.Length > 0 && c != "0"), Is.Empty, $"{url}: {string.Join(",", line)}");
                }
            }
        }
        Assert.That(checkedRows, Is.GreaterThanOrEqualTo(30), "every month, the chart and table rows of the small members");
    }

    private static decimal? Total(JsonElement report, string metric)
    {
        var value = metric switch
        {
            "signed_count" => report.GetProperty("signed").GetProperty("atLeast").GetProperty("1"),
            "signed_investment" => report.GetProperty("signed").GetProperty("investment"),
            "started_count" => report.GetProperty("started").GetProperty("atLeast").GetProperty("1"),
            _ => report.GetProperty("funds").GetProperty("inPlace"),
        };
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
    }

    private async Task<JsonDocument> Json(string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"asOf\"[^>]*value=\"([0-9-]+)\"")]
    private static partial Regex PageAsOf();

    [GeneratedRegex("(?:src|href)=\"(/(?:charts|tables)/[^\"]+)\"")]
    private static partial Regex Links();
}
