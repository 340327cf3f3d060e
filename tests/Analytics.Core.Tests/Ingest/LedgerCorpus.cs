namespace Analytics.Core.Tests.Ingest;

/// <summary>
/// The good base ledgers every bad import is tried against, and short builders for ledger lines.
/// Base: 3 projects (江城区, 河西区, 高新区), 3 fund rows, 2 targets, 2 activities, in four CSV files.
/// </summary>
internal static class LedgerCorpus
{
    public const string ProjectsHeader = "项目编号,项目名称,投资方,所属地区,产业链,资金来源,协议总投资(亿元),签约日期,开工日期,投产日期,入统日期,项目状态";
    public const string FundsHeader = "项目编号,到位月份,实际到位资金(亿元)";
    public const string TargetsHeader = "年度,所属地区,指标,目标值";
    public const string ActivitiesHeader = "日期,所属地区,活动类型,次数,说明";

    /// <summary>Writes the four base ledgers into <paramref name="directory"/> and returns their paths.</summary>
    public static string[] WriteBase(string directory) =>
    [
        LedgerFiles.Csv(directory, "项目台账.csv", ProjectsHeader,
            "P001,新能源电池项目,甲公司,江城区,新能源汽车,省外资金,25.5,2021-01-15,2021-03-01,,,已开工",
            "P002,芯片封测项目,乙公司,河西区,新一代信息技术,外资,12,2021-02-10,,,,已签约",
            "P003,生物药产业园,丙公司,高新区,生物医药,本地资金,3.2,2020-11-20,2021-01-05,2021-10-01,2021-11-01,已入统"),
        LedgerFiles.Csv(directory, "资金到位台账.csv", FundsHeader,
            "P001,2021-03,2.5",
            "P001,2021-04,1.5",
            "P003,2021-01,0.8"),
        LedgerFiles.Csv(directory, "目标任务.csv", TargetsHeader,
            "2021,全市,新签约亿元以上项目数,50",
            "2021,江城区,实际到位资金(亿元),30"),
        LedgerFiles.Csv(directory, "招商活动台账.csv", ActivitiesHeader,
            "2021-03-02,江城区,外出招商,2,赴深圳",
            "2021-04-10,河西区,来访接待,1,"),
    ];

    /// <summary>A projects line in 江城区 with the given values; the other columns are valid.</summary>
    public static string Project(string id, string investment = "5", string signed = "2021-06-01", string started = "",
        string producing = "", string status = "", string name = "") =>
        $"{id},{(name.Length > 0 ? name : "项目" + id)},某公司,江城区,新能源汽车,省外资金,{investment},{signed},{started},{producing},,{status}";

    /// <summary>A projects CSV named <c>新增项目.csv</c> of the given lines below the standard header.</summary>
    public static string[] NewProjects(string directory, params string[] lines) =>
        [LedgerFiles.Csv(directory, "新增项目.csv", [ProjectsHeader, .. lines])];
}
