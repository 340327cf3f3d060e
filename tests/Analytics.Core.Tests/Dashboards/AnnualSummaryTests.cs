using Analytics.Core.Dashboards;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>The year-end summary of the demo city, internal and public, at the worked example's date, at the year's end and early in the year.</summary>
public sealed class AnnualSummaryTests
{
    private static RenderedPage Render(string name, Audience viewer, DateOnly asOf, PageFlavor flavor = PageFlavor.Web)
    {
        var page = DemoSetup.Page(name);
        var rendered = DemoSetup.Renderer().Render(page, DemoSetup.Request(viewer, page.DefaultPeriod, null, flavor, asOf));
        Assert.That(rendered.Problems, Is.Empty);
        return rendered;
    }

    private static string Internal(DateOnly asOf) => Render("annual-summary", Audience.Internal, asOf).Text;

    [Test]
    public void At_the_end_of_november_the_first_point_is_the_worked_example_with_its_verdict_and_target()
    {
        var text = Internal(new DateOnly(2021, 11, 30));

        Assert.That(text, Does.Contain("一、2021年1—11月份招商引资主要工作成效\n　　1、亿元以上项目签约数大幅增长。1—11月份，全市新签约亿元以上项目643个，位居全省第二位，较去年同期增加233个。" +
            "其中，新签约10亿元以上项目92个、20亿元以上项目30个、50亿元以上项目10个。新签约亿元以上项目同比增长56.8%，完成年度目标任务的88.6%，落后时序进度2.9个百分点。" +
            "全市累计签约项目720个，投资总额4228.43亿元，项目数同比增长52.22%，超目标值5.3%；签约总投资完成年度目标任务的88.1%，落后时序进度3.4个百分点。\n"));
        Assert.That(text, Does.Contain("　　2、亿元以上项目加速落地。1—11月份，全市新开工亿元以上项目586个，位居全省第一位，较去年同期增加158个。其中，新开工10亿元以上项目46个、20亿元以上项目20个、50亿元以上项目3个。"));
        Assert.That(text, Does.Contain("　　3、实际到位资金稳步增长。1—11月份，全市在建亿元以上省外投资项目754个；实际到位资金1447亿元，位居全省第三位，同比增长14.4%，完成年度目标任务的91.4%，落后时序进度0.2个百分点。" +
            "其中，实际到位省外资金1169.59亿元，位居全省第二位，同比增长25.8%；亿元以上省外投资项目到位资金1158.78亿元；"));
    }

    [Test]
    public void Internal_readers_get_the_major_projects_named_in_the_prose()
    {
        var text = Internal(new DateOnly(2021, 11, 30));

        Assert.That(text, Does.Contain("4、招大引强成果明显好于往年。1—11月份，全市总投资280.12亿元的400MWh新型储能电站项目、总投资207.1亿元的峰衡节能环保装备产业园项目、" +
            "总投资100亿元的激光加工设备项目等一批重大项目签约落地。其中，新签约50亿元以上项目10个、100亿元以上项目3个。共有7个月份有50亿元以上项目签约或开工（3月、4月、6月、7月、9月、10月、11月）。"));
        Assert.That(text, Does.Contain("总投资100亿元的激光加工设备项目、总投资82.5亿元的鼎舟通用航空产业园项目等项目开工建设。"));
    }

    [Test]
    public void Structure_landing_pipeline_and_activities_carry_their_figures()
    {
        var text = Internal(new DateOnly(2021, 11, 30));

        Assert.That(text, Does.Contain("5、招商活动稳步开展。1—11月份，全市开展招商活动1318批次，较去年同期增加16批次；其中拜访企业747批次、来访接待272批次、外出招商224批次、推介会44批次、集中签约28批次、云签约3批次，外出招商次数超目标值9.8%。" +
            "县级领导带队开展招商活动719批次、拜访接待企业967家(次)；部门负责人带队开展招商活动326批次、拜访接待企业517家(次)；市级领导带队开展招商活动273批次、拜访接待企业401家(次)；" +
            "拜访企业747批次912家；接待客商5137人；举办云签约活动3场次，签约项目32个。"));
        Assert.That(text, Does.Contain("按投资方来源地，长三角地区新签约项目408个、占比56.67%，珠三角/粤港澳地区新签约项目82个、占比11.39%"));
        Assert.That(text, Does.Contain("按地区类型，开发区359个、占比49.86%，中心城区240个、占比33.33%，县市121个、占比16.81%；重点项目134个、占比18.61%；战略性新兴产业项目510个、占比70.83%；"));
        Assert.That(text, Does.Contain("2021世界制造业大会签约项目32个、投资总额431.65亿元。"));
        Assert.That(text, Does.Contain("最快的轨道交通装备配套项目2020年6月签约、7月开工、2021年1月投产。"));
        Assert.That(text, Does.Contain("按洽谈阶段，初步接洽62个、实质性洽谈41个、拟签约31个，其中22个预计年内签约；1—11月份登记项目线索571条。"));
        Assert.That(text, Does.Contain("10、固定资产投资稳步增长。1—11月份，全市招商项目完成固定资产投资936.46亿元，同比增长7.7%；固定资产投资完成年度目标任务的93.4%，超时序进度1.9个百分点；实际利用外资67861.4万美元，同比下降60.9%。"));
        Assert.That(text, Does.Contain("6、产业链招商成效突出。1—11月份，全市产业链招商签约项目267个，投资总额1896.56亿元；以商招商签约项目155个，投资总额947.34亿元；"));
        Assert.That(text, Does.Contain("新签约项目中工业项目537个、占比74.58%，服务业项目159个、占比22.08%，农业项目24个、占比3.33%；民营投资项目532个、占比73.89%"));
        Assert.That(text, Does.Contain("上年度签约项目开工率93.70%，当年签约项目开工率52.36%；上年度签约工业项目开工率92.47%，当年签约工业项目开工率51.21%。"));
        Assert.That(text, Does.Contain("其中，新引进项目719个，协议总投资4224.73亿元，实际到位资金558.71亿元；续建项目926个，协议总投资4305.24亿元，实际到位资金882.78亿元。已开工项目到资率48.91%。"));
        Assert.That(text, Does.Contain("9、项目储备较为充足。截至2021年11月30日，全市在谈项目134个，涉及投资635.94亿元，其中亿元以上项目121个、5亿元以上项目26个、10亿元以上项目8个。"));
    }

    [Test]
    public void Problems_are_stated_plainly()
    {
        var text = Internal(new DateOnly(2021, 11, 30));

        Assert.That(text, Does.Contain("二、存在问题\n　　1、签约项目落地转化不快。1—11月份，全市新签约亿元以上项目开工率仅为53.3%，入统率低至37.3%。"));
        Assert.That(text, Does.Contain("2、招商引资工作不平衡。1—11月份，全市各地区间签约项目数差距较为明显，签约项目数最多的经开区137个，最少的青山县48个；东湖区、青山县2个地区尚未实现50亿元以上项目零的突破。"));
        Assert.That(text, Does.Contain("3、部分目标任务进度滞后。对照时序进度（91.5%），青山县、东湖区、临江县3个地区有指标亮红牌："));
    }

    [Test]
    public void At_the_year_s_end_it_says_the_whole_year_without_a_schedule_and_states_next_year_s_targets()
    {
        var text = Internal(new DateOnly(2021, 12, 31));

        Assert.That(text, Does.Contain("一、2021年招商引资主要工作成效\n　　1、亿元以上项目签约数大幅增长。全年，全市新签约亿元以上项目643个，较去年同期增加173个。"));
        Assert.That(text, Does.Contain("3、实际到位资金稳步增长。全年，全市在建亿元以上省外投资项目754个；实际到位资金1447亿元，同比增长4.0%，完成年度目标任务的91.4%。其中，"));
        Assert.That(text, Does.Contain("5、招商活动有所减少。全年，全市开展招商活动1318批次，较去年同期减少112批次；"));
        Assert.That(text, Does.Not.Contain("时序进度（").And.Not.Contain("1—11月份"));
        Assert.That(text, Does.Contain("三、2022年工作安排\n　　2022年全市招商引资主要目标是，新签约亿元以上项目不少于773个，签约项目不少于866个，重点产业项目签约不少于690个，" +
            "新开工亿元以上项目不少于704个，新开工项目不少于775个，外出招商不少于269次，签约总投资不少于5083亿元，完成固定资产投资不少于1126亿元，实际利用外资不少于81576万美元，" +
            "实际到位省外资金不少于1406亿元，实际到位资金不少于1739亿元。"));

        Assert.That(Internal(new DateOnly(2020, 12, 31)), Does.Contain(
            "三、2021年工作安排\n　　2021年全市招商引资主要目标是，新签约亿元以上项目不少于726个，签约项目不少于684个，重点产业项目签约不少于597个，新开工亿元以上项目不少于650个，"));
    }

    [Test]
    public void Each_point_says_its_period_once()
    {
        foreach (var (date, period) in new[] { (new DateOnly(2021, 11, 30), "1—11月份，"), (new DateOnly(2021, 12, 31), "全年，"), (new DateOnly(2021, 6, 15), "今年以来，") })
        {
            var points = Internal(date).Split('\n').Where(l => l.StartsWith("　　", StringComparison.Ordinal) && l.Contains('、')).ToList();
            Assert.That(points, Has.Count.GreaterThanOrEqualTo(12), date.ToString());
            Assert.That(points.Where(p => p.Split(period).Length > 2), Is.Empty, $"{date}: a point repeats {period}");
        }
    }

    [Test]
    public void Early_in_the_year_it_says_none_instead_of_0_and_hurries_nobody()
    {
        var text = Internal(new DateOnly(2021, 2, 28));

        Assert.That(text, Does.Contain("其中，新签约10亿元以上项目10个、20亿元以上项目2个，尚无50亿元以上项目。新签约亿元以上项目同比增长125.9%，完成年度目标任务的8.4%。"));
        Assert.That(text, Does.Contain("4、招大引强尚待突破。"));
        Assert.That(text, Does.Not.Contain("项目0个").And.Not.Contain("时序进度").And.Not.Contain("仅为").And.Not.Contain("需加快进度"));
    }

    [TestCase("2021-11-30")]
    [TestCase("2021-12-31")]
    public void The_public_twin_says_the_same_without_names_or_small_cells(string date)
    {
        var asOf = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var page = Render("annual-summary-public", Audience.Public, asOf);
        var inside = Internal(asOf);
        var names = DemoSetup.Ledgers.Projects.SelectMany(p => new[] { p.Name, p.Investor }).OfType<string>().Where(s => s.Length > 3).Distinct().ToList();

        // The public sees the last published month end: 2021-11-30 for both dates.
        Assert.That(page.Text, Does.Contain("1、亿元以上项目签约数大幅增长。1—11月份，全市新签约亿元以上项目643个，位居全省第二位，较去年同期增加233个。"));
        Assert.That(page.Text, Does.Contain("4、招大引强持续推进。1—11月份，全市新签约50亿元以上项目10个、100亿元以上项目3个。"));
        Assert.That(page.Text, Does.Contain("其中，新开工10亿元以上项目—个、20亿元以上项目—个、50亿元以上项目3个。"));
        Assert.That(page.Text, Does.Contain(Disclosure.Footnote));
        Assert.That(page.Text, Does.Not.Contain("零的突破").And.Not.Contain("个月份有50亿元以上"));
        Assert.That(inside, Does.Contain("400MWh新型储能电站项目"), "the internal page names projects, so the check below can fail");
        var leaks = names.Where(n => page.Html.Contains(n, StringComparison.Ordinal) || page.Text.Contains(n, StringComparison.Ordinal)).Take(5).ToList();
        Assert.That(leaks, Is.Empty);
    }

    [Test]
    public void The_internal_summary_is_refused_to_the_public()
    {
        var page = DemoSetup.Page("annual-summary");
        var rendered = DemoSetup.Renderer().Render(page, DemoSetup.Request(Audience.Public, page.DefaultPeriod, null, PageFlavor.Web, new DateOnly(2021, 11, 30)));

        Assert.That(rendered.Text, Does.Contain("此页面仅供内部使用").And.Not.Contain("400MWh"));
    }

    [Test]
    public void The_year_end_summary_s_parts_are_first_level_headings_and_its_points_paragraphs()
    {
        var page = DemoSetup.Page("annual-summary");
        var rendered = DemoSetup.Renderer().Render(page, DemoSetup.Request(Audience.Internal, page.DefaultPeriod, null, PageFlavor.Web, new DateOnly(2021, 12, 31)));
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(Analytics.Core.Documents.WordDocument.Write(rendered, Analytics.Core.Documents.Letterhead.Demo)), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", Text: p.InnerText)).ToList();

        Assert.That(paragraphs.Where(p => p.Style == "DocHeading1").Select(p => p.Text), Is.EqualTo(new[] { "一、2021年招商引资主要工作成效", "二、存在问题", "三、2022年工作安排" }));
        Assert.That(paragraphs, Has.Some.Matches<(string Style, string Text)>(p => p.Style == "DocBody" && p.Text.StartsWith("1、亿元以上项目签约数大幅增长。全年，全市新签约亿元以上项目643个", StringComparison.Ordinal)));
    }
}
