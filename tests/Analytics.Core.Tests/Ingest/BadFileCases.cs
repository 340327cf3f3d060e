using System.Text;
using Analytics.Core.Ingest.Ledgers;
using Analytics.Core.Tests.Ingest.Spreadsheets;
using static Analytics.Core.Tests.Ingest.LedgerCorpus;

namespace Analytics.Core.Tests.Ingest;

/// <summary>Bad inputs at the level of the file: what it is, whether it can be read, which ledger it holds, how it is named.</summary>
internal static class BadFileCases
{
    private const string Unknown = "无法识别台账类型：没有找到项目台账、资金到位台账、目标任务或招商活动台账的表头，应为表头含「项目名称」「协议总投资(亿元)」等列（见台账格式说明），或用 --kind 指定";
    private const string UnknownEn = "unknown ledger kind: no header of a projects, funds, targets or activities ledger was found; expected a header row with columns such as 项目名称 and 协议总投资(亿元) (see the ledger format), or --kind";

    public static IEnumerable<CorpusCase> All()
    {
        yield return new("unknown ledger kind",
            dir => [LedgerFiles.Csv(dir, "通讯录.csv", "姓名,单位,电话", "张三,投促中心,12345678")],
            ["错误：通讯录.csv：" + Unknown, "error: 通讯录.csv: " + UnknownEn]);

        yield return new("projects file imported with --kind funds",
            dir => NewProjects(dir, Project("P101")),
            ["错误：新增项目.csv：" + Unknown, "error: 新增项目.csv: " + UnknownEn], LedgerKind.Funds);

        yield return new("empty file",
            dir => [LedgerFiles.Bytes(dir, "空文件.csv", [])],
            ["错误：空文件.csv：文件为空", "error: 空文件.csv: the file is empty"]);

        yield return new("whitespace-only file",
            dir => [LedgerFiles.Text(dir, "空白.csv", "  \r\n\t\n   \n", Encoding.UTF8, bom: true)],
            ["错误：空白.csv：文件为空", "error: 空白.csv: the file is empty"]);

        yield return new("PNG renamed .xlsx",
            dir => [LedgerFiles.Bytes(dir, "项目台账.xlsx", LedgerFiles.Png())],
            ["错误：项目台账.xlsx：不是电子表格文件", "error: 项目台账.xlsx: not a spreadsheet (xlsx or CSV)"]);

        yield return new("PDF renamed .csv",
            dir => [LedgerFiles.Bytes(dir, "项目台账2.csv", [.. "%PDF-1.7\n%âãÏÓ\n1 0 obj\n"u8])],
            ["错误：项目台账2.csv：不是电子表格文件", "error: 项目台账2.csv: not a spreadsheet (xlsx or CSV)"]);

        yield return new("encrypted workbook",
            dir => [LedgerFiles.Bytes(dir, "加密台账.xlsx", CompoundFileBuilder.Build("EncryptionInfo", "EncryptedPackage"))],
            ["错误：加密台账.xlsx：文件已加密，请取消密码后另存为 .xlsx", "error: 加密台账.xlsx: the workbook is encrypted: remove the password and save it again as .xlsx"]);

        yield return new("legacy xls whose workbook stream is empty",
            dir => [LedgerFiles.Bytes(dir, "旧台账.xls", CompoundFileBuilder.Build("Workbook", "\u0005SummaryInformation"))],
            ["错误：旧台账.xls：旧版 .xls 文件已损坏或不完整，请用 Excel 或 WPS 打开后另存为 .xlsx", "error: 旧台账.xls: the legacy .xls file is truncated or corrupt: open it in Excel or WPS and save it again as .xlsx"]);

        yield return new("xlsx cut in half",
            dir =>
            {
                var path = ProjectsWorkbook(dir, rows: 3000);
                LedgerFiles.CutInHalf(path);
                return [path];
            },
            ["错误：新增项目.xlsx：文件已损坏或不完整", "error: 新增项目.xlsx: the file is truncated or corrupt"]);

        yield return new("garbled sheet data in an intact zip",
            dir =>
            {
                var path = ProjectsWorkbook(dir, rows: 3000);
                LedgerFiles.GarbleEntry(path, "xl/worksheets/sheet1.xml", fromRow: 1018);
                return [path];
            },
            ["错误：新增项目.xlsx › 项目 › 第1018行：文件已损坏或不完整", "error: 新增项目.xlsx › 项目 › row 1018: the file is truncated or corrupt"]);

        yield return new("zip header followed by garbage",
            dir => [LedgerFiles.Bytes(dir, "新增项目.xlsx", [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Range(0, 600).Select(i => (byte)(i * 37 % 251))])],
            ["错误：新增项目.xlsx：文件已损坏或不完整", "error: 新增项目.xlsx: the file is truncated or corrupt"]);

        yield return new("a zip that is not a workbook",
            dir => [LedgerFiles.Bytes(dir, "资料.xlsx", LedgerFiles.Zip(new Dictionary<string, string> { ["说明.txt"] = "项目资料" }))],
            ["错误：资料.xlsx：不是电子表格文件", "error: 资料.xlsx: not a spreadsheet (xlsx or CSV)"]);

        yield return new("UTF-8 CSV that turns into GB18030 after the first megabyte",
            dir =>
            {
                var lines = Enumerable.Range(1, 12_000).Select(i => Project($"Q{i:D5}", name: "新能源汽车零部件智能制造产业园建设项目")).Prepend(ProjectsHeader);
                var utf8 = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
                var gb = LedgerFiles.Gb18030.GetBytes(Project("Q99999", name: "河西区数据中心") + "\n");
                return [LedgerFiles.Bytes(dir, "新增项目.csv", [.. utf8, .. gb])];
            },
            ["错误：新增项目.csv › 新增项目 › 第12002行：文件编码不一致：此行起不是 UTF-8 编码，请整体另存为 UTF-8 CSV",
             "error: 新增项目.csv › 新增项目 › row 12002: mixed text encodings: the file starts as UTF-8 but this row is not UTF-8; save it again as UTF-8 CSV"]);

        yield return new("quote that is never closed",
            dir => NewProjects(dir, Project("P101"), "P102,\"光伏组件" + new string('长', 1_100_000)),
            ["错误：新增项目.csv › 新增项目 › 第3行：单元格内容过长，可能缺少右引号",
             "error: 新增项目.csv › 新增项目 › row 3: a field is too long: a closing quote is probably missing"]);

        yield return new("Excel error value in an amount",
            dir => [LedgerFiles.RawXlsx(dir, "新增项目.xlsx", "项目",
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>5</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>6</v></c><c r=\"B2\" t=\"s\"><v>7</v></c><c r=\"C2\" t=\"s\"><v>8</v></c><c r=\"D2\" t=\"s\"><v>9</v></c><c r=\"E2\" t=\"s\"><v>10</v></c><c r=\"F2\" t=\"e\"><f>G2/H2</f><v>#DIV/0!</v></c></row>",
                "项目编号", "项目名称", "所属地区", "产业链", "资金来源", "协议总投资(亿元)", "P101", "光伏组件", "江城区", "新能源", "外资")],
            ["错误：新增项目.xlsx › 项目 › 第2行 › 协议总投资(亿元)：无法识别的数字，发现「#DIV/0!」，应为数字，如 12.5 或 1,234.5",
             "error: 新增项目.xlsx › 项目 › row 2 › 协议总投资(亿元): not a number; found \"#DIV/0!\"; expected a number such as 12.5 or 1,234.5"]);

        yield return new("bad date below title rows in a workbook",
            dir => [LedgerFiles.Xlsx(dir, "新增项目.xlsx", w =>
            {
                var sheet = w.AddSheet("2021年");
                sheet.WriteHeaderRow("江城市2021年新增招商项目");
                sheet.WriteHeaderRow([.. ProjectsHeader.Split(',')]);
                sheet.WriteRow("P101", "光伏组件", "某公司", "江城区", "新能源", "外资", 8, "2021年13月1日");
            })],
            ["错误：新增项目.xlsx › 2021年 › 第3行 › 签约日期：无法识别的日期，发现「2021年13月1日」，应为日期，如 2021-03-05、2021/3/5、2021年3月5日",
             "error: 新增项目.xlsx › 2021年 › row 3 › 签约日期: not a date; found \"2021年13月1日\"; expected a date such as 2021-03-05, 2021/3/5 or 2021年3月5日"]);

        yield return new("bare year as a number in a workbook date column",
            dir => [LedgerFiles.Xlsx(dir, "新增项目.xlsx", w =>
            {
                var sheet = w.AddSheet("项目");
                sheet.WriteHeaderRow([.. ProjectsHeader.Split(',')]);
                sheet.WriteRow("P101", "光伏组件", "某公司", "江城区", "新能源", "外资", 8, new DateOnly(2021, 3, 5), 2021);
            })],
            ["错误：新增项目.xlsx › 项目 › 第2行 › 开工日期：无法识别的日期，发现「2021」，应为日期，如 2021-03-05、2021/3/5、2021年3月5日",
             "error: 新增项目.xlsx › 项目 › row 2 › 开工日期: not a date; found \"2021\"; expected a date such as 2021-03-05, 2021/3/5 or 2021年3月5日"]);

        yield return new("second sheet lacks a column",
            dir => [LedgerFiles.Xlsx(dir, "台账汇总.xlsx", w =>
            {
                var projects = w.AddSheet("项目");
                projects.WriteRow([.. ProjectsHeader.Split(',')]);
                projects.WriteRow([.. Project("P101").Split(',')]);
                var funds = w.AddSheet("资金");
                funds.WriteRow("到位月份", "实际到位资金(亿元)");
                funds.WriteRow("2021-05", 1.5);
            })],
            ["错误：台账汇总.xlsx › 资金 › 第1行 › 项目编号：缺少必填列「项目编号」，应为表头中有「项目编号」或「编号」或「项目代码」",
             "error: 台账汇总.xlsx › 资金 › row 1 › 项目编号: the required column 项目编号 is missing; expected a header named 项目编号 or 编号 or 项目代码"]);

        yield return new("the only ledger sheet is hidden",
            dir => [LedgerFiles.Xlsx(dir, "新增项目.xlsx", w =>
            {
                w.AddSheet("说明").WriteRow("本表由江城区填报");
                var hidden = w.AddSheet("项目", hidden: true);
                hidden.WriteRow([.. ProjectsHeader.Split(',')]);
                hidden.WriteRow([.. Project("P101").Split(',')]);
            })],
            ["警告：新增项目.xlsx › 项目：隐藏的工作表未导入", "warning: 新增项目.xlsx › 项目: a hidden sheet was not imported",
             "错误：新增项目.xlsx：" + Unknown, "error: 新增项目.xlsx: " + UnknownEn]);

        yield return new("two files with the same name in one call",
            dir => [LedgerFiles.Csv(Path.Combine(dir, "江城区"), "新增项目.csv", ProjectsHeader, Project("P101")),
                    LedgerFiles.Csv(Path.Combine(dir, "河西区"), "新增项目.csv", ProjectsHeader, Project("P102"))],
            ["错误：新增项目.csv：同一次导入中有两个同名文件", "error: 新增项目.csv: two files of the same name in one import"]);
    }

    /// <summary><c>新增项目.xlsx</c>: one sheet 项目 of valid projects.</summary>
    private static string ProjectsWorkbook(string directory, int rows) =>
        LedgerFiles.Xlsx(directory, "新增项目.xlsx", w =>
        {
            var sheet = w.AddSheet("项目");
            sheet.WriteHeaderRow([.. ProjectsHeader.Split(',')]);
            for (var i = 1; i <= rows; i++)
                sheet.WriteRow($"X{i:D5}", $"项目{i}", "某公司", "江城区", "新能源汽车", "省外资金", 1 + i % 50 / 10.0, new DateOnly(2021, 1 + i % 12, 1 + i % 28));
        });
}
