using Analytics.Core.Dashboards;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>
/// The public disclosure rule on the demo data: no public rendering or CSV names a project or an investor, and a
/// figure built from fewer than 3 projects is — for the public while internal viewers see the number.
/// </summary>
public sealed class PublicDisclosureTests
{
    private static readonly DateOnly[] Dates = [new(2021, 11, 30), new(2021, 6, 15), new(2020, 1, 31)];

    /// <summary>Every public page at several dates: HTML (web and e-mail), text, and the CSV of every block with data.</summary>
    private static List<(string What, string Content)> PublicOutputs()
    {
        var outputs = new List<(string, string)>();
        var renderer = DemoSetup.Renderer("https://example.org");
        foreach (var page in DemoSetup.Catalog.Dashboards.Where(d => d.Audience == Audience.Public))
        {
            foreach (var asOf in Dates)
            {
                foreach (var flavor in new[] { PageFlavor.Web, PageFlavor.Email, PageFlavor.Text })
                {
                    var rendered = renderer.Render(page, DemoSetup.Request(Audience.Public, page.DefaultPeriod, null, flavor, asOf));
                    outputs.Add(($"{page.Name} {asOf} {flavor} html", rendered.Html));
                    outputs.Add(($"{page.Name} {asOf} {flavor} text", rendered.Text));
                    outputs.AddRange(rendered.Charts.Select(c => ($"{page.Name} {asOf} chart {c.Block}",
                        string.Join("\n", Analytics.Charts.Chart.Texts(c.Spec).Append(Analytics.Charts.Chart.Describe(c.Spec))))));
                }
                var request = DemoSetup.Request(Audience.Public, page.DefaultPeriod, null, PageFlavor.Web, asOf);
                for (var block = 0; block < 30; block++)
                {
                    try
                    {
                        outputs.Add(($"{page.Name} {asOf} csv {block}", renderer.Csv(page, block, request)));
                    }
                    catch (DashboardException)
                    {
                        // Blocks without data (kpis, narrative) and numbers past the last block.
                    }
                }
            }
        }
        return outputs;
    }

    [Test]
    public void No_public_page_or_csv_names_a_project_or_an_investor_of_the_demo()
    {
        var outputs = PublicOutputs();
        var names = DemoSetup.Ledgers.Projects.SelectMany(p => new[] { p.Name, p.Investor }).OfType<string>().Where(s => s.Length > 0).Distinct().ToList();

        Assert.That(outputs.Count(o => o.What.Contains(" csv ")), Is.GreaterThanOrEqualTo(8 * Dates.Length), "every chart and table of the public page was read");
        Assert.That(names, Has.Count.GreaterThan(3000));
        var leaks = (from o in outputs from n in names where o.Content.Contains(n, StringComparison.Ordinal) select $"{o.What}: {n}").Take(5).ToList();
        Assert.That(leaks, Is.Empty);
    }

    [Test]
    public void A_project_list_on_a_public_page_shows_an_error_and_no_project()
    {
        var page = DemoSetup.RenderTest("```projects\nlist: signed\n```\n", Audience.Internal, audience: "public");

        Assert.That(page.Problems.Single(), Does.Contain("仅限内部页面"));
        Assert.That(page.Html, Does.Contain("block-error").And.Not.Contain("有限公司"));
        Assert.Throws<DashboardException>(() => DemoSetup.Renderer().Csv(DemoSetup.TestPage("```projects\nlist: signed\n```\n", "public"), 0, DemoSetup.Request(Audience.Public)));
    }

    [Test]
    public void A_count_of_0_or_2_is_a_dash_for_the_public_and_a_number_inside()
    {
        // Signed ≥ 100 亿元: 3 this year (shown), 0 last year (withheld, and so is the difference). 鸠江区 signed ≥ 50 亿元: 2.
        const string Body = "百亿{{ signed.atLeast.100 }}，上年{{ signed.previous.atLeast.100 }}，增减{{ signed.difference.atLeast.100 | change }}。\n\n" +
                            "```kpis\nregion: 鸠江区\nfigures:\n  - figure: signed.atLeast.50\n    label: 五十亿元以上\n```\n";
        var outside = DemoSetup.RenderTest(Body, Audience.Public, "public");
        var inside = DemoSetup.RenderTest(Body, Audience.Internal, "public");

        Assert.That(outside.Text, Does.Contain("百亿3，上年—，增减—。").And.Contain("五十亿元以上：—（较上年同期 —）"));
        Assert.That(inside.Text, Does.Contain("百亿3，上年0，增减增加3个。").And.Contain("五十亿元以上：2个（较上年同期 +2个）"));
        Assert.That((outside.HasSuppressed, inside.HasSuppressed), Is.EqualTo((true, false)));
        Assert.That(outside.Html, Does.Contain("<p class=\"suppressed-note\">— 表示涉及项目少于3个，依规不予公开。</p>"));
        Assert.That(inside.Html, Does.Not.Contain("suppressed-note"));
    }

    [Test]
    public void A_chart_segment_from_fewer_than_3_projects_is_empty_in_the_public_csv()
    {
        var page = DemoSetup.TestPage("```chart\ntype: stacked\nmodel: kpis\nby: industry_chain\nmetric: signed_bands\n```\n", "public");
        var renderer = DemoSetup.Renderer();

        // 生物医药 signed ≥ 1 亿元 by band: 65, 5, 1 and 0. The public sees the first: the second is the difference of
        // ≥ 10 亿 (6) and ≥ 20 亿 (1), withheld as a band of 1 project lies between ≥ 10 亿 and ≥ 20 亿.
        var outside = renderer.Csv(page, 0, DemoSetup.Request(Audience.Public));
        var inside = renderer.Csv(page, 0, DemoSetup.Request(Audience.Internal));
        Assert.That(outside, Does.Contain("\r\n生物医药,65,,,,65\r\n"));
        Assert.That(inside, Does.Contain("\r\n生物医药,65,5,1,0,71\r\n"));
        Assert.That(renderer.Chart(page, 0, DemoSetup.Request(Audience.Public)).Note, Is.EqualTo("合计不含依规不予公开的部分。"));
    }

    [Test]
    public void A_ranking_lists_withheld_rows_last_unranked_by_name_and_renumbers_the_rest()
    {
        // Rows from fewer than 3 projects, or that moved by 1 or 2 projects since the last month shown, lose their figures,
        // and so does at least one more, so the city's total minus the rows shown never gives one chain's figure.
        var body = "```ranking\nby: industry_chain\nmetric: signed_count\n```\n";
        var request = DemoSetup.Request(Audience.Public, asOf: new DateOnly(2021, 6, 30));
        var page = DemoSetup.TestPage(body, "public");
        var outside = DemoSetup.Renderer().Render(page, request);
        var inside = DemoSetup.Renderer().Render(page, request with { Viewer = Audience.Internal });
        static List<string[]> Rows(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();
        var csvOutside = Rows(DemoSetup.Renderer().Csv(page, 0, request));
        var csvInside = Rows(DemoSetup.Renderer().Csv(page, 0, request with { Viewer = Audience.Internal }));

        Assert.That(csvOutside.Select(r => r[1]).Order(), Is.EqualTo(csvInside.Select(r => r[1]).Order()), "every chain keeps its name");
        var shown = csvOutside.TakeWhile(r => r[0].Length > 0).ToList();
        var withheld = csvOutside.Skip(shown.Count).ToList();
        Assert.That(withheld.All(r => r[0].Length == 0 && r[2].Length == 0), "withheld rows come last, without rank or value");
        Assert.That(withheld.Select(r => r[1]), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "and in name order, not by value");
        Assert.That(shown.Select(r => long.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).First(), Is.EqualTo(1), "ranks start at 1 among the rows shown");
        var value = csvInside.ToDictionary(r => r[1], r => long.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(shown.All(r => value[r[1]] >= 3), "no row shown is built from fewer than 3 projects");
        Assert.That(shown, Is.Not.Empty);
        Assert.That(withheld, Is.Not.Empty);
        Assert.That(withheld.Count(r => value[r[1]] > 0), Is.GreaterThanOrEqualTo(2));
        Assert.That(withheld.Sum(r => value[r[1]]), Is.GreaterThanOrEqualTo(3), "the withheld rows together hold 3 projects or more");
        Assert.That((outside.HasSuppressed, inside.HasSuppressed), Is.EqualTo((true, false)));
    }
}
