using Analytics.Core.Ingest.Ledgers;

namespace Analytics.Core.Tests.Ingest;

/// <summary>The second edition's columns and the two optional kinds (地区, 外部排名): read, checked and located like the rest.</summary>
public sealed class SecondEditionLedgerTests
{
    private const string ProjectsHeader =
        "项目编号,项目名称,所属地区,产业链,资金来源,协议总投资(亿元),签约日期,项目状态,是否重点项目,企业类别,投资方来源地,签约活动,是否战新,外资金额(万美元),洽谈阶段,预计签约日期,线索日期,牵头单位";

    private TempStore temp = null!;

    [SetUp]
    public void CreateStore() => temp = new TempStore("edition2-");

    [TearDown]
    public void DeleteStore() => temp.Dispose();

    [Test]
    public void Every_new_project_column_is_read_under_its_aliases()
    {
        var file = LedgerFiles.Csv(temp.Files, "项目台账.csv", ProjectsHeader,
            "P1,甲,东区,新能源汽车,外资,12.5,2021-03-01,已签约,是,世界500强；上市公司,广西壮族自治区,2021世界制造业大会,是,\"1,200\",,,2020年11月2日,招商一局",
            "P2,乙,西区,生物医药,本地资金,3,,在谈,,,香港特别行政区,,否,,拟签约,2021/12/15,2021-02-01,");

        temp.ImportOk(file);

        Assert.That(temp.Rows("""
            select project_id, key_project, company_tags, investor_origin, signing_event, strategic_emerging, contract_foreign_capital,
                   negotiation_stage, expected_signing_on, registered_on, lead_unit from raw.projects order by project_id
            """), Is.EqualTo(new[]
        {
            "P1 | True | 世界500强、上市公司 | 广西 | 2021世界制造业大会 | True | 1200 | ∅ | ∅ | 2020-11-02 | 招商一局",
            "P2 | False | ∅ | 香港 | ∅ | False | ∅ | 拟签约 | 2021-12-15 | 2021-02-01 | ∅",
        }));
    }

    [Test]
    public void An_old_projects_ledger_leaves_the_new_columns_empty()
    {
        var file = LedgerFiles.Csv(temp.Files, "项目台账.csv", "项目编号,项目名称,所属地区,产业链,资金来源,协议总投资(亿元),签约日期",
            "P1,甲,东区,新能源汽车,外资,12.5,2021-03-01");

        var result = temp.ImportOk(file);

        Assert.That(result.Problems.WarningCount, Is.EqualTo(0));
        Assert.That(temp.Scalar("select key_project, company_tags, investor_origin, strategic_emerging, registered_on from raw.projects"),
            Is.EqualTo("∅ | ∅ | ∅ | ∅ | ∅"));
    }

    [Test]
    public void An_unknown_company_tag_is_kept_with_a_warning()
    {
        var file = LedgerFiles.Csv(temp.Files, "项目台账.csv", ProjectsHeader,
            "P1,甲,东区,新能源汽车,外资,12.5,2021-03-01,已签约,,央企 隐形冠军,,,,,,,,");

        var result = temp.ImportOk(file);

        Assert.That(temp.Scalar("select company_tags from raw.projects"), Is.EqualTo("央企、隐形冠军"));
        Assert.That(result.Problems.Listed.Single().LineZh,
            Is.EqualTo("警告：项目台账.csv › 项目台账 › 第2行 › 企业类别：不在常用企业类别中（按原样保留），发现「隐形冠军」"));
    }

    [Test]
    public void An_expected_signing_date_on_a_signed_project_is_a_warning()
    {
        var file = LedgerFiles.Csv(temp.Files, "项目台账.csv", ProjectsHeader,
            "P1,甲,东区,新能源汽车,外资,12.5,2021-03-01,已签约,,,,,,,,2021-12-15,,");

        var result = temp.ImportOk(file);

        Assert.That(result.Problems.Listed.Single().LineZh, Is.EqualTo(
            "警告：项目台账.csv › 项目台账 › 第2行 › 预计签约日期：预计签约日期只用于在谈项目，此项目不是在谈项目，发现「2021-12-15」"));
    }

    [Test]
    public void A_bad_yes_no_value_and_an_unknown_stage_are_located_errors()
    {
        var file = LedgerFiles.Csv(temp.Files, "项目台账.csv", ProjectsHeader,
            "P1,甲,东区,新能源汽车,外资,12.5,,在谈,也许,,,,,,初步洽谈,,,");

        var result = temp.Import(file);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Problems.Listed.Select(p => p.LineZh), Is.EqualTo(new[]
        {
            "错误：项目台账.csv › 项目台账 › 第2行 › 洽谈阶段：未知的洽谈阶段，发现「初步洽谈」，应为初步接洽、实质性洽谈、拟签约",
            "错误：项目台账.csv › 项目台账 › 第2行 › 重点项目：无法识别的是否值，发现「也许」，应为是或否",
        }));
    }

    [Test]
    public void A_signing_date_after_today_and_a_funds_month_after_this_month_are_warnings()
    {
        var projects = LedgerFiles.Csv(temp.Files, "项目台账.csv", "项目编号,项目名称,所属地区,产业链,资金来源,协议总投资(亿元),签约日期",
            "P1,甲,东区,新能源汽车,外资,12.5,2099-03-01");
        var funds = LedgerFiles.Csv(temp.Files, "资金到位台账.csv", "项目编号,到位月份,实际到位资金(亿元),完成固定资产投资(万元),实际利用外资(万美元)",
            "P1,2099-04,2,15000,300");

        var result = temp.ImportOk(projects, funds);

        Assert.That(result.Problems.Listed.Select(p => p.LineZh), Is.EquivalentTo(new[]
        {
            "警告：项目台账.csv › 项目台账 › 第2行 › 签约日期：签约日期晚于导入日期，发现「2099-03-01」",
            "警告：资金到位台账.csv › 资金到位台账 › 第2行 › 到位月份：到位月份晚于当前月份，发现「2099-04」",
        }));
        Assert.That(temp.Scalar("select amount, fixed_asset_investment, foreign_capital_used from raw.funds"), Is.EqualTo("2 | 1.5 | 300"));
    }

    [Test]
    public void A_dollar_column_under_another_unit_is_refused()
    {
        var file = LedgerFiles.Csv(temp.Files, "项目台账.csv", "项目编号,项目名称,所属地区,产业链,资金来源,协议总投资(亿元),合同外资(万元)",
            "P1,甲,东区,新能源汽车,外资,12.5,100");

        var result = temp.Import(file);

        Assert.That(result.Problems.Listed.Single().LineZh, Is.EqualTo(
            "错误：项目台账.csv › 项目台账 › 第1行 › 合同外资：无法识别的金额单位，发现「万元」，应为万美元"));
    }

    [Test]
    public void A_count_target_is_never_divided_under_a_ten_thousand_yuan_header()
    {
        var projects = LedgerFiles.Csv(temp.Files, "项目台账.csv", "项目编号,项目名称,所属地区,产业链,资金来源,协议总投资(亿元)", "P1,甲,东区,新能源汽车,外资,12.5");
        var targets = LedgerFiles.Csv(temp.Files, "目标任务.csv", "年度,所属地区,指标,目标值(万元)",
            "2021,全市,签约项目数,950", "2021,东区,新签约亿元以上项目数,40", "2022,全市,实际到位资金(亿元),2000000", "2022,全市,实际利用外资(万美元),8000");

        temp.ImportOk(projects, targets);

        Assert.That(temp.Rows("select year, region, indicator, target from raw.targets order by _row"), Is.EqualTo(new[]
        {
            "2021 | 全市 | 签约项目数 | 950",
            "2021 | 东区 | 新签约亿元以上项目数 | 40",
            "2022 | 全市 | 实际到位资金(亿元) | 200",
            "2022 | 全市 | 实际利用外资(万美元) | 8000",
        }));
    }

    [Test]
    public void Activities_read_their_optional_columns()
    {
        var file = LedgerFiles.Csv(temp.Files, "招商活动台账.csv", "日期,所属地区,活动类型,次数,说明,带队领导,企业数,客商人数,目的地,签约项目数",
            "2021-03-05,全市,外出招商,2,,市级领导,7,,深圳,", "2021-04-01,东区,云签约,1,,县级领导,,40,,12");

        temp.ImportOk(file);

        Assert.That(temp.Rows("select activity_type, leader, enterprises, visitors, destination, signed_projects from raw.activities order by date"), Is.EqualTo(new[]
        {
            "外出招商 | 市级领导 | 7 | ∅ | 深圳 | ∅",
            "云签约 | 县级领导 | ∅ | 40 | ∅ | 12",
        }));
    }

    [Test]
    public void Regions_and_external_ranks_are_told_by_their_headers()
    {
        var regions = LedgerFiles.Csv(temp.Files, "地区.csv", "序号,所属地区,类型,排序,主导产业,战略性新兴产业",
            "1,全市,,,,新能源汽车、生物医药", "2,西区,中心城区,1,生物医药,", "3,东区,开发区,2,新能源汽车 高端装备制造,");
        var ranks = LedgerFiles.Csv(temp.Files, "外部排名.csv", "期间,指标,范围,名次", "2021年1—11月,新签约亿元以上项目数,全省,2", "2021年,实际到位资金（亿元）,全市,1");

        var result = temp.ImportOk(regions, ranks);

        Assert.That(result.Version!.Files.Select(f => (f.Name, string.Join(",", f.Kinds))), Is.EqualTo(new[] { ("地区.csv", "regions"), ("外部排名.csv", "external_ranks") }));
        Assert.That(temp.Rows("select region, region_type, position, lead_industries, strategic_industries from raw.regions order by _row"), Is.EqualTo(new[]
        {
            "全市 | ∅ | ∅ | ∅ | 新能源汽车、生物医药",
            "西区 | 中心城区 | 1 | 生物医药 | ∅",
            "东区 | 开发区 | 2 | 新能源汽车、高端装备制造 | ∅",
        }));
        Assert.That(temp.Rows("select period, year, through_month, indicator, scope, rank from raw.external_ranks order by _row"), Is.EqualTo(new[]
        {
            "2021年1—11月 | 2021 | 11 | 新签约亿元以上项目数 | 全省 | 2",
            "2021年 | 2021 | 12 | 实际到位资金(亿元) | 全市 | 1",
        }));
    }

    [Test]
    public void A_rank_below_one_and_an_unreadable_period_are_located_errors()
    {
        var ranks = LedgerFiles.Csv(temp.Files, "外部排名.csv", "期间,指标,范围,名次", "2021年1—11月,签约项目数,全省,0", "去年,签约项目数,全省,3");

        var result = temp.Import(LedgerKind.ExternalRanks, ranks);

        Assert.That(result.Problems.Listed.Select(p => p.LineZh), Is.EqualTo(new[]
        {
            "错误：外部排名.csv › 外部排名 › 第2行 › 名次：名次应不小于 1，发现「0」，应为不小于 1 的整数",
            "错误：外部排名.csv › 外部排名 › 第3行 › 期间：无法识别的期间，发现「去年」，应为如「2021年1—11月」「2021年」",
        }));
    }

    [Test]
    public void A_region_listed_twice_is_an_error()
    {
        var regions = LedgerFiles.Csv(temp.Files, "地区.csv", "所属地区,类型,排序", "西区,中心城区,1", "西区,县市,2");

        var result = temp.Import(regions);

        Assert.That(result.Problems.Listed.Single().LineZh, Is.EqualTo("错误：地区.csv › 地区 › 第3行 › 所属地区：地区重复，发现「西区」，应为唯一（已在 地区.csv 第2行出现）"));
    }

    [TestCase("江苏省", "江苏", true)]
    [TestCase("上海市", "上海", true)]
    [TestCase("广西壮族自治区", "广西", true)]
    [TestCase("新疆维吾尔自治区", "新疆", true)]
    [TestCase("内蒙古自治区", "内蒙古", true)]
    [TestCase("香港特别行政区", "香港", true)]
    [TestCase("日本", "日本", true)]
    [TestCase("苏州市", "苏州市", false)]
    public void Origins_are_normalised_to_short_names(string written, string expected, bool known)
    {
        Assert.That(InvestorOrigins.TryNormalise(written, out var name), Is.EqualTo(known));
        Assert.That(name, Is.EqualTo(expected));
    }
}
