using Analytics.Core.Ingest.Ledgers;
using static Analytics.Core.Tests.Ingest.LedgerCorpus;

namespace Analytics.Core.Tests.Ingest;

/// <summary>Bad ledgers whose file reads fine but whose header, rows or set of rows are wrong.</summary>
internal static class BadRowCases
{
    public static IEnumerable<CorpusCase> All()
    {
        yield return new("missing required column",
            dir => [LedgerFiles.Csv(dir, "新增项目.csv", "项目编号,项目名称,所属地区,产业链,协议总投资(亿元)", "P101,光伏组件,江城区,新能源,8")],
            ["错误：新增项目.csv › 新增项目 › 第1行 › 资金来源：缺少必填列「资金来源」，应为表头中有「资金来源」或「资金类别」",
             "error: 新增项目.csv › 新增项目 › row 1 › 资金来源: the required column 资金来源 is missing; expected a header named 资金来源 or 资金类别"]);

        yield return new("unknown amount unit",
            dir => [LedgerFiles.Csv(dir, "新增项目.csv", "项目编号,项目名称,所属地区,产业链,资金来源,协议总投资(美元)", "P101,光伏组件,江城区,新能源,外资,8")],
            ["错误：新增项目.csv › 新增项目 › 第1行 › 协议总投资：无法识别的金额单位，发现「美元」，应为亿元或万元",
             "error: 新增项目.csv › 新增项目 › row 1 › 协议总投资: unknown unit of amount; found \"美元\"; expected 亿元 or 万元"]);

        yield return new("duplicate project id within a file",
            dir => NewProjects(dir, Project("P101"), Project("P102"), Project("P101")),
            ["错误：新增项目.csv › 新增项目 › 第4行 › 项目编号：项目编号重复，发现「P101」，应为唯一（已在 新增项目 第2行出现）",
             "error: 新增项目.csv › 新增项目 › row 4 › 项目编号: duplicate 项目编号 (project id); found \"P101\"; expected unique (already at 新增项目 row 2)"]);

        yield return new("project id of a current file in a new file",
            dir => NewProjects(dir, Project("P101"), Project("P001")),
            ["错误：项目台账.csv › 项目台账 › 第2行 › 项目编号：项目编号同时出现在两个文件中：新增项目.csv 与 项目台账.csv，发现「P001」，应为只在一个文件中（另见 新增项目.csv › 新增项目 › 第3行）",
             "error: 项目台账.csv › 项目台账 › row 2 › 项目编号: project id appears in two files: 新增项目.csv and 项目台账.csv; found \"P001\"; expected in one file only (see also 新增项目.csv › 新增项目 › row 3)"]);

        yield return new("project id in two new files",
            dir => [LedgerFiles.Csv(dir, "一期项目.csv", ProjectsHeader, Project("P201")), LedgerFiles.Csv(dir, "二期项目.csv", ProjectsHeader, Project("P202"), Project("P201"))],
            ["错误：二期项目.csv › 二期项目 › 第3行 › 项目编号：项目编号同时出现在两个文件中：一期项目.csv 与 二期项目.csv，发现「P201」，应为只在一个文件中（另见 一期项目.csv › 一期项目 › 第2行）",
             "error: 二期项目.csv › 二期项目 › row 3 › 项目编号: project id appears in two files: 一期项目.csv and 二期项目.csv; found \"P201\"; expected in one file only (see also 一期项目.csv › 一期项目 › row 2)"]);

        yield return new("unparsable number",
            dir => NewProjects(dir, Project("P101", investment: "约12亿")),
            ["错误：新增项目.csv › 新增项目 › 第2行 › 协议总投资(亿元)：无法识别的数字，发现「约12亿」，应为数字，如 12.5 或 1,234.5",
             "error: 新增项目.csv › 新增项目 › row 2 › 协议总投资(亿元): not a number; found \"约12亿\"; expected a number such as 12.5 or 1,234.5"]);

        yield return new("number with two decimal points",
            dir => NewProjects(dir, Project("P101"), Project("P102", investment: "12.5.3")),
            ["错误：新增项目.csv › 新增项目 › 第3行 › 协议总投资(亿元)：无法识别的数字，发现「12.5.3」，应为数字，如 12.5 或 1,234.5",
             "error: 新增项目.csv › 新增项目 › row 3 › 协议总投资(亿元): not a number; found \"12.5.3\"; expected a number such as 12.5 or 1,234.5"]);

        yield return new("unparsable date",
            dir => NewProjects(dir, Project("P101", signed: "下半年")),
            ["错误：新增项目.csv › 新增项目 › 第2行 › 签约日期：无法识别的日期，发现「下半年」，应为日期，如 2021-03-05、2021/3/5、2021年3月5日",
             "error: 新增项目.csv › 新增项目 › row 2 › 签约日期: not a date; found \"下半年\"; expected a date such as 2021-03-05, 2021/3/5 or 2021年3月5日"]);

        yield return new("date that does not exist",
            dir => NewProjects(dir, Project("P101", signed: "2021-02-30")),
            ["错误：新增项目.csv › 新增项目 › 第2行 › 签约日期：无法识别的日期，发现「2021-02-30」，应为日期，如 2021-03-05、2021/3/5、2021年3月5日",
             "error: 新增项目.csv › 新增项目 › row 2 › 签约日期: not a date; found \"2021-02-30\"; expected a date such as 2021-03-05, 2021/3/5 or 2021年3月5日"]);

        yield return new("bare year in a date column",
            dir => NewProjects(dir, Project("P101", signed: "2021")),
            ["错误：新增项目.csv › 新增项目 › 第2行 › 签约日期：无法识别的日期，发现「2021」，应为日期，如 2021-03-05、2021/3/5、2021年3月5日",
             "error: 新增项目.csv › 新增项目 › row 2 › 签约日期: not a date; found \"2021\"; expected a date such as 2021-03-05, 2021/3/5 or 2021年3月5日"]);

        yield return new("amount too large for the database",
            dir => NewProjects(dir, Project("P101", investment: "123456789012345678901")),
            ["错误：新增项目.csv › 新增项目 › 第2行 › 协议总投资(亿元)：数字过大，发现「123456789012345678901」，应为绝对值小于 10^14 的数",
             "error: 新增项目.csv › 新增项目 › row 2 › 协议总投资(亿元): number too large; found \"123456789012345678901\"; expected a number below 10^14 in absolute value"]);

        yield return new("negative investment",
            dir => NewProjects(dir, Project("P101", investment: "-5")),
            ["错误：新增项目.csv › 新增项目 › 第2行 › 协议总投资(亿元)：协议总投资为负数，发现「-5」，应为不小于 0 的金额",
             "error: 新增项目.csv › 新增项目 › row 2 › 协议总投资(亿元): negative investment; found \"-5\"; expected an amount ≥ 0"]);

        yield return new("start before signing",
            dir => NewProjects(dir, Project("P101", signed: "2021-05-01", started: "2021-04-01")),
            ["错误：新增项目.csv › 新增项目 › 第2行 › 开工日期：开工日期早于签约日期，发现「2021-04-01 < 2021-05-01」，应为不早于签约日期",
             "error: 新增项目.csv › 新增项目 › row 2 › 开工日期: 开工日期 (start) is before 签约日期 (signing); found \"2021-04-01 < 2021-05-01\"; expected on or after 签约日期"]);

        yield return new("production before start",
            dir => NewProjects(dir, Project("P101", signed: "2021-01-10", started: "2021-04-01", producing: "2021-03-01")),
            ["错误：新增项目.csv › 新增项目 › 第2行 › 投产日期：投产日期早于开工日期，发现「2021-03-01 < 2021-04-01」，应为不早于开工日期",
             "error: 新增项目.csv › 新增项目 › row 2 › 投产日期: 投产日期 (production) is before 开工日期 (start); found \"2021-03-01 < 2021-04-01\"; expected on or after 开工日期"]);

        yield return new("unknown project status",
            dir => NewProjects(dir, Project("P101", status: "进行中")),
            ["错误：新增项目.csv › 新增项目 › 第2行 › 项目状态：未知的项目状态，发现「进行中」，应为在谈、已签约、已开工、已投产、已入统、已终止",
             "error: 新增项目.csv › 新增项目 › row 2 › 项目状态: unknown project status; found \"进行中\"; expected 在谈, 已签约, 已开工, 已投产, 已入统, 已终止"]);

        yield return new("empty required value",
            dir => NewProjects(dir, "P101,,某公司,江城区,新能源汽车,省外资金,5,2021-06-01,,,,"),
            ["错误：新增项目.csv › 新增项目 › 第2行 › 项目名称：缺少必填值「项目名称」，应为非空",
             "error: 新增项目.csv › 新增项目 › row 2 › 项目名称: the required value 项目名称 is empty; expected a value"]);

        yield return new("funds for an unknown project",
            dir => [LedgerFiles.Csv(dir, "资金到位补充.csv", FundsHeader, "P003,2021-02,0.5", "P999,2021-05,1.2")],
            ["错误：资金到位补充.csv › 资金到位补充 › 第3行 › 项目编号：资金到位台账中的项目编号在项目台账中不存在，发现「P999」，应为项目台账中已有的项目编号",
             "error: 资金到位补充.csv › 资金到位补充 › row 3 › 项目编号: funds for a 项目编号 that is not in the projects ledger; found \"P999\"; expected a project id of the projects ledger"]);

        yield return new("bad month in funds",
            dir => [LedgerFiles.Csv(dir, "资金到位补充.csv", FundsHeader, "P003,2021-13,0.5")],
            ["错误：资金到位补充.csv › 资金到位补充 › 第2行 › 到位月份：无法识别的月份，发现「2021-13」，应为月份，如 2021-03 或 2021年3月",
             "error: 资金到位补充.csv › 资金到位补充 › row 2 › 到位月份: not a month; found \"2021-13\"; expected a month such as 2021-03 or 2021年3月"]);

        yield return new("empty amount in funds",
            dir => [LedgerFiles.Csv(dir, "资金到位补充.csv", FundsHeader, "P003,2021年2月,")],
            ["错误：资金到位补充.csv › 资金到位补充 › 第2行 › 实际到位资金(亿元)：缺少必填值「实际到位资金」，应为非空",
             "error: 资金到位补充.csv › 资金到位补充 › row 2 › 实际到位资金(亿元): the required value 实际到位资金 is empty; expected a value"]);

        yield return new("funds of one project and month in two files",
            dir => [LedgerFiles.Csv(dir, "资金到位补充.csv", FundsHeader, "P001,2021-03,1")],
            ["错误：资金到位补充.csv › 资金到位补充 › 第2行 › 到位月份：同一项目同一月份的到位资金同时出现在两个文件中：资金到位台账.csv 与 资金到位补充.csv，发现「P001 2021-03」，应为只在一个文件中",
             "error: 资金到位补充.csv › 资金到位补充 › row 2 › 到位月份: funds of one project and month appear in two files: 资金到位台账.csv and 资金到位补充.csv; found \"P001 2021-03\"; expected in one file only"]);

        yield return new("target for an unknown region",
            dir => [LedgerFiles.Csv(dir, "目标任务补充.csv", TargetsHeader, "2021,东湖区,签约总投资(亿元),100")],
            ["错误：目标任务补充.csv › 目标任务补充 › 第2行 › 所属地区：目标任务中的地区在项目台账中不存在，发现「东湖区」，应为「全市」或项目台账中的地区",
             "error: 目标任务补充.csv › 目标任务补充 › row 2 › 所属地区: a target for a region that no project belongs to; found \"东湖区\"; expected 全市 or a region of the projects ledger"]);

        yield return new("target for an unknown indicator",
            dir => [LedgerFiles.Csv(dir, "目标任务补充.csv", TargetsHeader, "2021,江城区,新引进外资,5")],
            ["错误：目标任务补充.csv › 目标任务补充 › 第2行 › 指标：未知的指标，发现「新引进外资」，应为签约项目数、新签约亿元以上项目数、新签约10亿元以上项目数、新签约20亿元以上项目数、新签约50亿元以上项目数、新签约100亿元以上项目数、重点产业项目签约数、新开工项目数、新开工2000万元以上项目数、新开工亿元以上项目数、新开工10亿元以上项目数、重点项目数、签约总投资(亿元)、实际到位资金(亿元)、实际到位省外资金(亿元)、完成固定资产投资(亿元)、实际利用外资(万美元)、外出招商次数、拜访企业数",
             "error: 目标任务补充.csv › 目标任务补充 › row 2 › 指标: unknown indicator; found \"新引进外资\"; expected 签约项目数, 新签约亿元以上项目数, 新签约10亿元以上项目数, 新签约20亿元以上项目数, 新签约50亿元以上项目数, 新签约100亿元以上项目数, 重点产业项目签约数, 新开工项目数, 新开工2000万元以上项目数, 新开工亿元以上项目数, 新开工10亿元以上项目数, 重点项目数, 签约总投资(亿元), 实际到位资金(亿元), 实际到位省外资金(亿元), 完成固定资产投资(亿元), 实际利用外资(万美元), 外出招商次数, 拜访企业数"]);

        yield return new("target year out of range",
            dir => [LedgerFiles.Csv(dir, "目标任务补充.csv", TargetsHeader, "1999,江城区,签约总投资(亿元),5")],
            ["错误：目标任务补充.csv › 目标任务补充 › 第2行 › 年度：年度超出范围，发现「1999」，应为2000 至 2100 之间的年份",
             "error: 目标任务补充.csv › 目标任务补充 › row 2 › 年度: year out of range; found \"1999\"; expected a year from 2000 to 2100"]);

        yield return new("negative target",
            dir => [LedgerFiles.Csv(dir, "目标任务补充.csv", TargetsHeader, "2021,江城区,签约总投资(亿元),-3")],
            ["错误：目标任务补充.csv › 目标任务补充 › 第2行 › 目标值(亿元)：目标值为负数，发现「-3」，应为不小于 0 的数",
             "error: 目标任务补充.csv › 目标任务补充 › row 2 › 目标值(亿元): negative target; found \"-3\"; expected a number ≥ 0"]);

        yield return new("duplicate target rows in a file",
            dir => [LedgerFiles.Csv(dir, "目标任务补充.csv", TargetsHeader, "2021,全市,签约总投资(亿元),300", "2021,全市,签约总投资(亿元),320")],
            ["错误：目标任务补充.csv › 目标任务补充 › 第3行 › 指标：同一年度、地区和指标的目标重复，发现「2021 全市 签约总投资(亿元)」，应为唯一（已在 目标任务补充.csv 第2行出现）",
             "error: 目标任务补充.csv › 目标任务补充 › row 3 › 指标: duplicate target for one year, region and indicator; found \"2021 全市 签约总投资(亿元)\"; expected unique (already in 目标任务补充.csv row 2)"]);

        yield return new("target already in a current file",
            dir => [LedgerFiles.Csv(dir, "目标任务补充.csv", TargetsHeader, "2021,全市,新签约亿元以上项目数,60")],
            ["错误：目标任务补充.csv › 目标任务补充 › 第2行 › 指标：同一年度、地区和指标的目标重复，发现「2021 全市 新签约亿元以上项目数」，应为唯一（已在 目标任务.csv 第2行出现）",
             "error: 目标任务补充.csv › 目标任务补充 › row 2 › 指标: duplicate target for one year, region and indicator; found \"2021 全市 新签约亿元以上项目数\"; expected unique (already in 目标任务.csv row 2)"]);

        yield return new("non-integer count in activities",
            dir => [LedgerFiles.Csv(dir, "招商活动补充.csv", ActivitiesHeader, "2021-05-06,江城区,拜访企业,2.5,")],
            ["错误：招商活动补充.csv › 招商活动补充 › 第2行 › 次数：无法识别的整数，发现「2.5」，应为整数，如 3",
             "error: 招商活动补充.csv › 招商活动补充 › row 2 › 次数: not a whole number; found \"2.5\"; expected a whole number such as 3"]);

        yield return new("count in words in activities",
            dir => [LedgerFiles.Csv(dir, "招商活动补充.csv", ActivitiesHeader, "2021-05-06,江城区,拜访企业,三,")],
            ["错误：招商活动补充.csv › 招商活动补充 › 第2行 › 次数：无法识别的整数，发现「三」，应为整数，如 3",
             "error: 招商活动补充.csv › 招商活动补充 › row 2 › 次数: not a whole number; found \"三\"; expected a whole number such as 3"]);

        yield return new("negative count in activities",
            dir => [LedgerFiles.Csv(dir, "招商活动补充.csv", ActivitiesHeader, "2021-05-06,江城区,拜访企业,-1,")],
            ["错误：招商活动补充.csv › 招商活动补充 › 第2行 › 次数：次数为负数，发现「-1」，应为不小于 0 的整数",
             "error: 招商活动补充.csv › 招商活动补充 › row 2 › 次数: negative count; found \"-1\"; expected a whole number ≥ 0"]);

        yield return new("activity without a date",
            dir => [LedgerFiles.Csv(dir, "招商活动补充.csv", ActivitiesHeader, ",江城区,推介会,1,")],
            ["错误：招商活动补充.csv › 招商活动补充 › 第2行 › 日期：缺少必填值「日期」，应为非空",
             "error: 招商活动补充.csv › 招商活动补充 › row 2 › 日期: the required value 日期 is empty; expected a value"]);

        yield return new("one bad file among good ones",
            dir => [LedgerFiles.Csv(dir, "一期项目.csv", ProjectsHeader, Project("P201")),
                    LedgerFiles.Csv(dir, "资金到位补充.csv", FundsHeader, "P201,2021-07,0.3"),
                    LedgerFiles.Csv(dir, "二期项目.csv", ProjectsHeader, Project("P202", investment: "-1"))],
            ["错误：二期项目.csv › 二期项目 › 第2行 › 协议总投资(亿元)：协议总投资为负数，发现「-1」，应为不小于 0 的金额",
             "error: 二期项目.csv › 二期项目 › row 2 › 协议总投资(亿元): negative investment; found \"-1\"; expected an amount ≥ 0"]);
    }
}
