using Analytics.Core.Dashboards;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>Front matter: what a page declares, and errors that name the file and the line.</summary>
public sealed class FrontMatterTests
{
    private static Dashboard Parse(string text) => DashboardCatalog.Parse("/pages/test-page.md", text);

    private static string Error(string text) => Assert.Throws<DashboardException>(() => Parse(text))!.Message;

    [Test]
    public void A_page_declares_title_audience_period_and_digests()
    {
        var page = Parse("""
            ---
            title: 月报
            audience: public
            period: month
            digests:
              - name: monthly
                cron: 0 0 8 3 * ?
                timezone: Asia/Shanghai
                asOf: end-of-last-month
                recipients: [public-subscribers, press]
                subject: "{{ title }}（截至{{ asOf | date }}）"
            ---
            # 正文
            """);

        Assert.That((page.Name, page.Title, page.Audience, page.DefaultPeriod, page.BodyLine), Is.EqualTo(("test-page", "月报", Audience.Public, Period.Month, 13)));
        Assert.That(page.Digests, Has.Count.EqualTo(1));
        var digest = page.Digests[0];
        Assert.That((digest.Name, digest.Cron, digest.TimeZone, digest.AsOfRule), Is.EqualTo(("monthly", "0 0 8 3 * ?", "Asia/Shanghai", "end-of-last-month")));
        Assert.That(digest.Recipients, Is.EqualTo(new[] { "public-subscribers", "press" }));
        Assert.That(digest.FormatSubject(page.Title, new DateOnly(2021, 11, 30)), Is.EqualTo("月报（截至2021年11月30日）"));
        Assert.That(page.Body.Trim(), Is.EqualTo("# 正文"));
    }

    [Test]
    public void Period_defaults_to_ytd_and_a_digest_subject_to_the_title_and_date()
    {
        var page = Parse("""
            ---
            title: 周报
            audience: internal
            digests:
              - name: weekly
                cron: 0 0 8 ? * MON
                timezone: Asia/Shanghai
                asOf: last-sunday
                recipients:
                  - leadership
            ---
            """);

        Assert.That(page.DefaultPeriod, Is.EqualTo(Period.Ytd));
        Assert.That(page.Digests[0].Recipients, Is.EqualTo(new[] { "leadership" }));
        Assert.That(page.Digests[0].FormatSubject("周报", new DateOnly(2021, 11, 28)), Is.EqualTo("周报（截至2021年11月28日）"));
    }

    [Test]
    public void As_of_rules_pick_the_reported_day_of_a_run()
    {
        DigestDefinition Rule(string rule) => new("d", "0 0 8 * * ?", "Asia/Shanghai", ["x"], rule, "s");
        // Monday 2021-12-06: last Sunday is 12-05; the month before ended 11-30. On a Sunday, last Sunday is that day.
        Assert.That(Rule("last-sunday").ResolveAsOf(new DateOnly(2021, 12, 6)), Is.EqualTo(new DateOnly(2021, 12, 5)));
        Assert.That(Rule("last-sunday").ResolveAsOf(new DateOnly(2021, 12, 5)), Is.EqualTo(new DateOnly(2021, 12, 5)));
        Assert.That(Rule("end-of-last-month").ResolveAsOf(new DateOnly(2021, 12, 3)), Is.EqualTo(new DateOnly(2021, 11, 30)));
        Assert.That(Rule("end-of-last-month").ResolveAsOf(new DateOnly(2022, 1, 3)), Is.EqualTo(new DateOnly(2021, 12, 31)));
        Assert.That(Rule("yesterday").ResolveAsOf(new DateOnly(2021, 3, 1)), Is.EqualTo(new DateOnly(2021, 2, 28)));
    }

    [Test]
    public void A_file_without_front_matter_is_refused_at_line_1()
    {
        Assert.That(Error("# 只有正文\n"), Does.StartWith("test-page.md 第1行：").And.Contain("---"));
    }

    [Test]
    public void An_unknown_audience_names_its_line()
    {
        Assert.That(Error("---\ntitle: x\naudience: everyone\n---\n"), Does.StartWith("test-page.md 第3行：").And.Contain("public 或 internal").And.Contain("everyone"));
    }

    [Test]
    public void An_unknown_key_and_a_bad_period_name_their_lines()
    {
        Assert.That(Error("---\ntitle: x\naudience: public\ncolour: red\n---\n"), Does.StartWith("test-page.md 第4行：").And.Contain("colour"));
        Assert.That(Error("---\ntitle: x\naudience: public\nperiod: quarter\n---\n"), Does.StartWith("test-page.md 第4行：").And.Contain("quarter"));
    }

    [Test]
    public void A_missing_title_and_an_unclosed_front_matter_are_refused()
    {
        Assert.That(Error("---\naudience: public\n---\n"), Does.Contain("title"));
        Assert.That(Error("---\ntitle: x\naudience: public\n"), Does.Contain("结束的「---」"));
    }

    [Test]
    public void A_digest_with_a_bad_cron_time_zone_or_as_of_rule_names_its_line()
    {
        const string Head = "---\ntitle: x\naudience: internal\ndigests:\n  - name: d\n    recipients: [a]\n";
        Assert.That(Error(Head + "    cron: 0 8 * * *\n    timezone: Asia/Shanghai\n    asOf: today\n---\n"),
            Does.StartWith("test-page.md 第7行：").And.Contain("Quartz").And.Contain("5 段"));
        Assert.That(Error(Head + "    cron: 0 0 8 * * ?\n    timezone: Mars/Olympus\n    asOf: today\n---\n"),
            Does.StartWith("test-page.md 第8行：").And.Contain("Mars/Olympus"));
        Assert.That(Error(Head + "    cron: 0 0 8 * * ?\n    timezone: Asia/Shanghai\n    asOf: next-friday\n---\n"),
            Does.StartWith("test-page.md 第9行：").And.Contain("next-friday"));
    }

    [Test]
    public void Tabs_and_broken_indentation_name_their_line()
    {
        Assert.That(Error("---\ntitle: x\n\taudience: public\n---\n"), Does.StartWith("test-page.md 第3行：").And.Contain("制表符"));
        Assert.That(Error("---\ntitle: x\naudience: public\ndigests:\n  - name: d\n      cron: 1\n---\n"), Does.StartWith("test-page.md 第6行："));
    }

    [Test]
    public void The_catalog_loads_the_shipped_dashboards_and_skips_the_readme()
    {
        var catalog = DashboardCatalog.Load(DashboardCatalog.DefaultDirectory);

        Assert.That(catalog.Dashboards.Select(d => (d.Name, d.Audience, d.DefaultPeriod)), Is.EqualTo(new[]
        {
            ("annual-summary-public", Audience.Public, Period.Ytd), ("annual-summary", Audience.Internal, Period.Ytd),
            ("monthly-bulletin", Audience.Internal, Period.Month), ("public-monthly-bulletin", Audience.Public, Period.Month),
            ("public-statistics", Audience.Public, Period.Ytd), ("region", Audience.Internal, Period.Ytd), ("weekly-briefing", Audience.Internal, Period.Week),
        }));
        var monthly = catalog.Find("public-statistics")!.Digests.Single();
        Assert.That((monthly.Cron, monthly.TimeZone, monthly.AsOfRule, monthly.Recipients.Single()),
            Is.EqualTo(("0 0 8 3 * ?", "Asia/Shanghai", "end-of-last-month", "public-subscribers")));
        var weekly = catalog.Find("weekly-briefing")!.Digests.Single();
        Assert.That((weekly.Cron, weekly.AsOfRule, weekly.Recipients.Single()), Is.EqualTo(("0 0 8 ? * MON", "last-sunday", "leadership")));
        Assert.That(weekly.FormatSubject("招商引资工作周报", new DateOnly(2021, 11, 28), Period.Week), Is.EqualTo("招商引资工作周报（11月22日—11月28日）"));
        Assert.That((catalog.Find("region")!.NeedsRegion, catalog.Find("weekly-briefing")!.NeedsRegion), Is.EqualTo((true, false)));
        Assert.That(catalog.Find("README"), Is.Null);
    }

    [Test]
    public void A_bad_page_in_a_folder_fails_the_load_naming_the_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dashboards-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "good.md"), "---\ntitle: 好\naudience: public\n---\n");
            File.WriteAllText(Path.Combine(folder, "bad.md"), "---\ntitle: 坏\naudience: public\nperiod: year\n---\n");
            var error = Assert.Throws<DashboardException>(() => DashboardCatalog.Load(folder))!;
            Assert.That(error.Message, Does.StartWith("bad.md 第4行："));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Test]
    public void A_value_of_the_wrong_type_names_its_line_and_key()
    {
        Assert.That(Error("---\ntitle: [月报, 周报]\naudience: public\n---\n"), Does.StartWith("test-page.md 第2行：title 的值类型不对").And.Contain("一个值"));
        Assert.That(Error("---\ntitle: x\naudience: public\ndigests: monthly\n---\n"), Does.StartWith("test-page.md 第4行：digests 的值类型不对").And.Contain("列表"));
        const string Head = "---\ntitle: x\naudience: internal\ndigests:\n  - name: d\n    cron: 0 0 8 * * ?\n    timezone: Asia/Shanghai\n    asOf: today\n";
        Assert.That(Error(Head + "    recipients:\n      leader: yes\n---\n"), Does.StartWith("test-page.md 第10行：recipients 的值类型不对").And.Contain("[leadership]"));
    }

    [Test]
    public void An_unknown_digest_key_names_its_line_and_the_digest_keys()
    {
        const string Head = "---\ntitle: x\naudience: internal\ndigests:\n  - name: d\n    recipients: [a]\n";
        Assert.That(Error(Head + "    cron: 0 0 8 * * ?\n    zone: Asia/Shanghai\n---\n"),
            Does.StartWith("test-page.md 第8行：未知的 digest 项「zone」").And.Contain("timezone"));
    }

    [Test]
    public void Yaml_syntax_errors_and_unquoted_templates_name_their_line()
    {
        Assert.That(Error("---\ntitle: x\naudience: public\ntitle: y\n---\n"), Does.StartWith("test-page.md 第4行：YAML 格式有误：键重复"));
        Assert.That(Error("---\ntitle: x\naudience: public\ndigests:\n  - name: d\n    subject: {{ title }}\n---\n"), Does.StartWith("test-page.md 第6行：subject 的值类型不对").And.Contain("加引号"));
        Assert.That(Error("---\ntitle: \"x\naudience: public\n---\n"), Does.StartWith("test-page.md 第2行：YAML 格式有误：引号未闭合"));
    }

    [Test]
    public void LoadEach_keeps_the_good_pages_and_the_error_of_a_bad_one()
    {
        var folder = Directory.CreateTempSubdirectory("dashboards-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "good.md"), "---\ntitle: 好\naudience: public\n---\n");
            File.WriteAllText(Path.Combine(folder, "bad.md"), "---\ntitle: 坏\naudience: public\nperiod: year\n---\n");
            var catalog = DashboardCatalog.LoadEach(folder);
            Assert.That(catalog.Dashboards.Select(d => d.Name), Is.EqualTo(new[] { "good" }));
            Assert.That(catalog.Problems["bad"], Does.StartWith("bad.md 第4行：period"));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
