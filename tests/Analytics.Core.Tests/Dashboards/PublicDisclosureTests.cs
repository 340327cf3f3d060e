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

        // 生物医药 signed ≥ 1 亿元 by band: 65, 5, 1 and 0. The public sees the first two.
        var outside = renderer.Csv(page, 0, DemoSetup.Request(Audience.Public));
        var inside = renderer.Csv(page, 0, DemoSetup.Request(Audience.Internal));
        Assert.That(outside, Does.Contain("\r\n生物医药,65,5,,,70\r\n"));
        Assert.That(inside, Does.Contain("\r\n生物医药,65,5,1,0,71\r\n"));
        Assert.That(renderer.Chart(page, 0, DemoSetup.Request(Audience.Public)).Note, Is.EqualTo("合计不含依规不予公开的部分。"));
    }

    [Test]
    public void A_ranking_of_few_projects_hides_the_rows_for_the_public()
    {
        // In January 2020 the chains signed few projects ≥ 1 亿元: rows from fewer than 3 (this year or last) lose their figures,
        // the others keep theirs, and every chain keeps its name.
        var body = "```ranking\nby: industry_chain\nmetric: signed_count\n```\n";
        var request = DemoSetup.Request(Audience.Public, asOf: new DateOnly(2020, 1, 31));
        var page = DemoSetup.TestPage(body, "public");
        var outside = DemoSetup.Renderer().Render(page, request);
        var inside = DemoSetup.Renderer().Render(page, request with { Viewer = Audience.Internal });
        var csvOutside = DemoSetup.Renderer().Csv(page, 0, request).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var csvInside = DemoSetup.Renderer().Csv(page, 0, request with { Viewer = Audience.Internal }).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        Assert.That(csvOutside, Has.Count.EqualTo(csvInside.Count));
        var hidden = csvInside.Zip(csvOutside).Where(p => p.First != p.Second).ToList();
        Assert.That(hidden, Is.Not.Empty);
        foreach (var (row, masked) in hidden)
        {
            var value = long.Parse(row.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture);
            var previous = row.Split(',')[3];
            Assert.That(value < 3 || (previous.Length > 0 && long.Parse(previous, System.Globalization.CultureInfo.InvariantCulture) < 3), Is.True, row);
            Assert.That(masked.Split(',')[1], Is.EqualTo(row.Split(',')[1]), "the chain's name stays");
        }
        Assert.That((outside.HasSuppressed, inside.HasSuppressed), Is.EqualTo((true, false)));
    }
}
