using static Analytics.Core.Tests.Ingest.LedgerCorpus;

namespace Analytics.Core.Tests.Ingest;

/// <summary>
/// Legacy Excel 97–2003 ledgers (.xls), written by LibreOffice from our own workbooks: they load
/// with the same rows and the same located errors as the .xlsx they came from.
/// </summary>
public sealed class LegacyXlsTests
{
    private static readonly object?[] Header = [.. ProjectsHeader.Split(',')];

    private TempStore temp = null!;

    [SetUp]
    public void CreateStore() => temp = new TempStore("legacy-xls-");

    [TearDown]
    public void DeleteStore() => temp.Dispose();

    [Test]
    public void An_xls_saved_by_LibreOffice_loads_the_same_rows_as_its_xlsx()
    {
        var xls = LibreOffice.ConvertToXls(OfficeWorkbook(Path.Combine(temp.Root, "xls"), "项目台账.xlsx", bad: false));

        temp.ImportOk(xls);

        Assert.That(temp.Rows("select project_id, name, region, investment, signed_on, started_on, _sheet, _row from raw.projects order by 1"), Is.EqualTo(new[]
        {
            "P001 | 光伏组件 | 江城区 | 8 | 2021-02-01 | 2021-04-01 | 2021年 | 4",
            "P002 | 储能电站 | 江城区 | 1.25 | 2021-05-09 | ∅ | 2021年 | 5",
            "P003 | 动力电池 | 河西区 | 20 | 2021-06-30 | ∅ | 2021年 | 6",
        }));
        Assert.That(temp.Store.History()[^1].Files, Is.EqualTo(new[] { "项目台账.xls" }));
    }

    [Test]
    public void An_xls_gives_the_same_located_error_as_its_xlsx()
    {
        var xlsx = OfficeWorkbook(temp.Files, "项目台账.xlsx", bad: true);
        var xls = LibreOffice.ConvertToXls(OfficeWorkbook(Path.Combine(temp.Root, "xls"), "项目台账.xlsx", bad: true));

        var fromXlsx = temp.Import(xlsx).Problems.Listed.Select(p => p.LineZh).ToArray();
        var fromXls = temp.Import(xls).Problems.Listed.Select(p => p.LineZh).ToArray();

        Assert.That(fromXlsx, Is.EqualTo(new[] { "错误：项目台账.xlsx › 2021年 › 第5行 › 签约日期：无法识别的日期，发现「2021年13月1日」，应为日期，如 2021-03-05、2021/3/5、2021年3月5日" }));
        Assert.That(fromXls, Is.EqualTo(new[] { "错误：项目台账.xls › 2021年 › 第5行 › 签约日期：无法识别的日期，发现「2021年13月1日」，应为日期，如 2021-03-05、2021/3/5、2021年3月5日" }));
    }

    [Test]
    public void A_truncated_xls_is_refused_as_corrupt()
    {
        var xls = LibreOffice.ConvertToXls(OfficeWorkbook(temp.Files, "项目台账.xlsx", bad: false));
        File.Delete(Path.ChangeExtension(xls, ".xlsx"));
        var bytes = File.ReadAllBytes(xls);
        File.WriteAllBytes(xls, bytes[..(bytes.Length / 3)]);

        var result = temp.Import(xls);

        Assert.That(result.Problems.Listed.Select(p => p.LineZh + "\n" + p.LineEn), Is.EqualTo(new[]
        {
            "错误：项目台账.xls：旧版 .xls 文件已损坏或不完整，请用 Excel 或 WPS 打开后另存为 .xlsx\n"
            + "error: 项目台账.xls: the legacy .xls file is truncated or corrupt: open it in Excel or WPS and save it again as .xlsx",
        }));
    }

    [Test]
    public void An_xls_saved_with_a_password_is_refused_as_encrypted_and_the_loaded_data_is_kept()
    {
        temp.ImportOk(OfficeWorkbook(temp.Files, "项目台账.xlsx", bad: false));
        var before = temp.Store.CurrentId;
        var xls = LibreOffice.SaveEncryptedXls(OfficeWorkbook(Path.Combine(temp.Root, "xls"), "新增项目.xlsx", bad: false), "jc2021");
        Assert.That(File.ReadAllBytes(xls)[..8], Is.EqualTo(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }), "an OLE compound file");

        var result = temp.Import(xls);

        Assert.That(result.Problems.Listed.Select(p => p.LineZh + "\n" + p.LineEn), Is.EqualTo(new[]
        {
            "错误：新增项目.xls：文件已加密，请取消密码后另存为 .xlsx\n"
            + "error: 新增项目.xls: the workbook is encrypted: remove the password and save it again as .xlsx",
        }));
        Assert.That(temp.Store.CurrentId, Is.EqualTo(before).And.Not.Null);
        Assert.That(temp.Scalar("select count(*) from raw.projects"), Is.EqualTo("3"));
    }

    /// <summary>
    /// A projects workbook as an office keeps it: a title row merged across, a unit row, the header,
    /// amounts in 万元 (one typed as text), a region merged down two rows; with <paramref name="bad"/>
    /// the second project's signing date is not a date.
    /// </summary>
    private static string OfficeWorkbook(string directory, string name, bool bad) =>
        LedgerFiles.Xlsx(directory, name, w =>
        {
            var sheet = w.AddSheet("2021年");
            sheet.WriteHeaderRow("江城市2021年招商引资项目台账");
            sheet.MergeCells("A1:L1");
            sheet.WriteRow("填报单位：江城市投资促进中心");
            sheet.WriteHeaderRow([.. Header.Take(6), "协议总投资(万元)", .. Header.Skip(7)]);
            sheet.WriteRow("P001", "光伏组件", "甲公司", "江城区", "新能源", "外资", 80_000, new DateOnly(2021, 2, 1), new DateOnly(2021, 4, 1));
            sheet.WriteRow("P002", "储能电站", "乙公司", null, "新能源", "外资", "12,500", bad ? "2021年13月1日" : new DateOnly(2021, 5, 9));
            sheet.MergeCells("D4:D5");
            sheet.WriteRow("P003", "动力电池", "丙公司", "河西区", "新能源汽车", "外资", 200_000, "2021/6/30");
        });
}
