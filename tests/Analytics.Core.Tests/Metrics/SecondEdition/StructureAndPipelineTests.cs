using static Analytics.Core.Tests.Metrics.SecondEdition.SecondEditionSetup;

namespace Analytics.Core.Tests.Metrics.SecondEdition;

/// <summary>The structure of the signings, the pipeline in talks, the cohorts, start rates, 到资率, speed and breakthroughs, as of 2021-06-30.</summary>
public sealed class StructureAndPipelineTests
{
    private static string[] Dimension(string dimension) =>
        RowText.Of(Rows("signing_structure").Where(r => (string)r["dimension"]! == dimension), "member", "projects", "investment", "project_share", "projects_prev");

    [Test]
    public void Signings_split_by_type_origin_tag_and_region_type()
    {
        // Of 6 signings (79 亿元): 工业 A1 A2 A5 A6; 长三角 A1 (江苏), A3 (安徽), A6 (浙江); 境外 A2 (日本); 广东 A4; 北京 A5.
        Assert.That(Dimension("project_type"), Is.EqualTo(new[] { "工业 | 4 | 75.5 | 0.666667 | 2", "服务业 | 2 | 3.5 | 0.333333 | 0" }));
        Assert.That(Dimension("origin_group"), Is.EqualTo(new[]
        {
            "长三角 | 3 | 64.5 | 0.5 | 0", "京津冀 | 1 | 2 | 0.166667 | 0", "境外 | 1 | 12 | 0.166667 | 0", "珠三角/粤港澳 | 1 | 0.5 | 0.166667 | 0",
            "未填 | 0 | 0 | 0 | 2",
        }));
        Assert.That(Dimension("company_tag"), Is.EqualTo(new[]
        {
            "未填 | 4 | 16 | 0.666667 | 2", "上市公司 | 1 | 60 | 0.166667 | 0", "世界500强 | 1 | 60 | 0.166667 | 0", "央企 | 1 | 3 | 0.166667 | 0",
        }));
        Assert.That(Dimension("company_group"), Is.EqualTo(new[] { "央企国企和500强 | 2 | 63 | 0.333333 | 0" }));
        Assert.That(Dimension("key_project"), Is.EqualTo(new[] { "否 | 4 | 7 | 0.666667 | 2", "是 | 2 | 72 | 0.333333 | 0" }));
        Assert.That(Dimension("strategic"), Is.EqualTo(new[] { "否 | 4 | 17.5 | 0.666667 | 1", "是 | 2 | 61.5 | 0.333333 | 1" }));
        Assert.That(Dimension("signing_event"), Is.EqualTo(new[] { "云签约 | 2 | 62 | 0.333333 | 0", "2021世界制造业大会 | 1 | 12 | 0.166667 | 0" }));
        Assert.That(Dimension("region_type"), Is.EqualTo(new[] { "开发区 | 3 | 73.5 | 0.5 | 1", "中心城区 | 2 | 3.5 | 0.333333 | 0", "县市 | 1 | 2 | 0.166667 | 1" }));
    }

    [Test]
    public void The_pipeline_counts_talks_by_size_and_stage_and_the_leads_recorded()
    {
        // In talks: C1 5 (拟签约, expected 2021-09-01), C2 15 (实质性洽谈), C3 0.3 (初步接洽). Leads: A2 A3 C1 C3 this period,
        // C2 last year (A1's 2020-10-01 is after the same period).
        Assert.That(RowText.Of(Rows("pipeline").Take(1), "region", "negotiating", "negotiating_investment", "ge1", "ge5", "ge10",
                "initial_contact", "substantive", "ready", "ready_this_year", "ready_this_year_investment", "leads", "leads_prev"),
            Is.EqualTo(new[] { "全市 | 3 | 20.3 | 2 | 2 | 1 | 1 | 1 | 1 | 1 | 5 | 4 | 1" }));
    }

    [Test]
    public void Cohorts_split_new_projects_from_continuing_ones()
    {
        // 新引进 A1–A6: 79 亿元, started A1 A2 A4 A6, funds A1 15 + A2 2 = 17. 续建: B1 (producing in April), B2, B3: 29 亿元, funds 1 + 4.
        Assert.That(RowText.Of(Rows("cohorts").Where(r => (string)r["region"]! == "全市"), "cohort", "projects", "investment", "started", "funds"),
            Is.EqualTo(new[] { "新引进 | 6 | 79 | 4 | 17", "续建 | 3 | 29 | 2 | 5" }));
    }

    [Test]
    public void Start_rates_of_this_years_and_last_years_signings_by_type()
    {
        // This year: 6 signed, 4 started; 工业 3 of 4; 服务业 A4 of A3 A4; ≥ 1 亿元 A1 A2 A3 A5 A6, started A1 A2 A6, in statistics A1.
        // Last year: B1 B2 B3, started B1 B2.
        Assert.That(RowText.Of(Rows("start_rates"), "cohort", "project_type", "signed", "started", "start_rate", "start_rate_ge1", "stats_rate_ge1"),
            Is.EqualTo(new[]
            {
                "this_year | 全部 | 6 | 4 | 0.666667 | 0.6 | 0.2",
                "this_year | 工业 | 4 | 3 | 0.75 | 0.75 | 0.25",
                "this_year | 服务业 | 2 | 1 | 0.5 | 0 | 0",
                "last_year | 全部 | 3 | 2 | 0.666667 | 0.666667 | 0.333333",
                "last_year | 工业 | 3 | 2 | 0.666667 | 0.666667 | 0.333333",
            }));
    }

    [Test]
    public void Funds_ratio_is_funds_since_signing_over_the_investment_of_started_projects()
    {
        // Started by 06-30: A1 60, A2 12, A4 0.5, A6 1.5, B1 8, B2 20 = 102 亿元; funds to June: A1 15, A2 2, B1 5, B2 4 = 26.
        Assert.That(RowText.Of(Rows("funds_ratio").Take(1), "region", "started_projects", "started_investment", "funds_since_signing", "funds_ratio"),
            Is.EqualTo(new[] { "全市 | 6 | 102 | 26 | 0.254902" }));
    }

    [Test]
    public void Speed_is_the_median_days_between_stages_and_the_fastest_project()
    {
        // Signing to start of the starts this period: A1 22, A6 28, A4 40, A2 61, B2 62 → 40; last year B1 61.
        // Start to production this period: A6 106, A1 120, B1 335 → 120. Fastest signing to production: A6, 134 days.
        Assert.That(RowText.Of(Rows("speed").Take(1), "region", "started", "days_to_start", "days_to_start_prev", "producing", "days_to_produce",
                "fastest_project_id", "fastest_signed_on", "fastest_started_on", "fastest_producing_on", "fastest_days"),
            Is.EqualTo(new[] { "全市 | 5 | 40 | 61 | 3 | 120 | A6 | 2021-02-01 | 2021-03-01 | 2021-06-15 | 134" }));
    }

    [Test]
    public void Breakthroughs_name_the_regions_without_a_big_signing_in_their_order()
    {
        Assert.That(RowText.Of(Rows("breakthroughs"), "region", "signed_ge10", "signed_ge50", "started_ge50", "lacks_ge10", "lacks_ge50"), Is.EqualTo(new[]
        {
            "西区 | 0 | 0 | 0 | True | True", "东区 | 2 | 1 | 1 | False | False", "北区 | 0 | 0 | 0 | True | True",
        }));
        // A1 (60 亿元) signed in January and started in February.
        Assert.That(RowText.Of(Rows("big_project_months"), "month", "signed_ge50", "started_ge50", "has_ge50"), Is.EqualTo(new[]
        {
            "2021-01-01 | 1 | 0 | True", "2021-02-01 | 0 | 1 | True", "2021-03-01 | 0 | 0 | False",
            "2021-04-01 | 0 | 0 | False", "2021-05-01 | 0 | 0 | False", "2021-06-01 | 0 | 0 | False",
        }));
    }

    [Test]
    public void Activities_sum_batches_enterprises_and_visitors_by_type_and_leader()
    {
        var rows = RowText.Of(Rows("activity_summary"), "activity_type", "leader", "batches", "batches_prev", "enterprises", "visitors", "signed_projects");
        Assert.That(rows.Take(4), Is.EqualTo(new[]
        {
            "全部 | 全部 | 7 | 1 | 9 | 6 | 2", "全部 | 县级领导 | 4 | 1 | 4 | 6 | 0", "全部 | 市级领导 | 3 | 0 | 5 | 0 | 2",
            "云签约 | 全部 | 1 | 0 | 0 | 0 | 2",
        }));
        Assert.That(rows, Does.Contain("外出招商 | 县级领导 | 0 | 1 | 0 | 0 | 0"));
    }
}
