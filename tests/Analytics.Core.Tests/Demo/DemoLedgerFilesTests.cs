using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Analytics.Core.Demo;

namespace Analytics.Core.Tests.Demo;

/// <summary>Reads the written workbooks' XML directly (not through the reader) and the CSV text.</summary>
public sealed class DemoLedgerFilesTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly Dictionary<string, (string Title, string[] Headers)> Expected = new()
    {
        ["项目台账"] = ("江城市2019—2021年招商引资项目台账",
            ["项目编号", "项目名称", "投资方", "所属地区", "产业链", "资金来源", "协议总投资(亿元)", "签约日期", "开工日期", "投产日期", "入统日期", "项目状态", "项目类型", "投资主体性质", "招商方式",
             "重点项目", "企业类别", "投资方所在地", "签约活动", "合同外资(万美元)", "洽谈阶段", "预计签约日期", "登记日期", "责任单位"]),
        ["资金到位台账"] = ("江城市2019—2021年招商引资项目资金到位台账", ["项目编号", "到位月份", "实际到位资金(亿元)", "完成固定资产投资(亿元)", "实际利用外资(万美元)"]),
        ["目标任务"] = ("江城市2019—2021年招商引资目标任务", ["年度", "所属地区", "指标", "目标值"]),
        ["招商活动台账"] = ("江城市2019—2021年招商活动台账", ["日期", "所属地区", "活动类型", "次数", "说明", "带队领导", "企业数", "客商人数", "目的地", "签约项目数"]),
        ["地区"] = ("江城市地区名录", ["所属地区", "类型", "排序", "主导产业", "战略性新兴产业"]),
        ["外部排名"] = ("江城市2021年招商引资工作外部排名", ["期间", "指标", "范围", "名次"]),
    };

    private string _dir = "";
    private DemoLedgers _ledgers = null!;
    private IReadOnlyList<string> _xlsx = [];
    private IReadOnlyList<string> _csv = [];

    [OneTimeSetUp]
    public void Write()
    {
        _dir = Directory.CreateTempSubdirectory("demo-files-").FullName;
        _ledgers = DemoData.Generate(new DemoOptions { Today = new DateOnly(2021, 11, 30) });
        _xlsx = DemoLedgerFiles.Write(_ledgers, _dir);
        _csv = DemoLedgerFiles.WriteCsv(_ledgers, _dir);
    }

    [OneTimeTearDown]
    public void Delete() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Each_workbook_has_a_merged_title_row_above_the_exact_headers()
    {
        Assert.Multiple(() =>
        {
            foreach (var path in _xlsx)
            {
                var (title, headers) = Expected[Path.GetFileNameWithoutExtension(path)];
                var sheet = Sheet(path);
                var rows = sheet.Descendants(Main + "row").Take(2).Select(Texts).ToList();

                Assert.That(rows[0], Is.EqualTo(new[] { title }), path);
                Assert.That(rows[1], Is.EqualTo(headers), path);
                var lastColumn = (char)('A' + headers.Length - 1);
                Assert.That(sheet.Descendants(Main + "mergeCell").Single().Attribute("ref")!.Value, Is.EqualTo($"A1:{lastColumn}1"), path);
            }
        });
    }

    [Test]
    public void Project_rows_hold_typed_values()
    {
        var first = _ledgers.Projects.First();
        var cells = Sheet(_xlsx[0]).Descendants(Main + "row").ElementAt(2).Elements(Main + "c").ToDictionary(c => c.Attribute("r")!.Value);

        Assert.That(first.ProjectId, Is.EqualTo("JC2019-0001"));
        Assert.That(cells["A3"].Value, Is.EqualTo("JC2019-0001"));
        Assert.That(cells["B3"].Value, Is.EqualTo(first.Name));
        Assert.That(decimal.Parse(cells["G3"].Value), Is.EqualTo(first.Investment));
        Assert.That(int.Parse(cells["H3"].Value), Is.EqualTo(first.SignedOn!.Value.DayNumber - new DateOnly(1899, 12, 30).DayNumber));
        Assert.That(cells["H3"].Attribute("s"), Is.Not.Null, "dates carry a date format");
    }

    [Test]
    public void Every_record_is_one_row_under_the_header()
    {
        Assert.That(Sheet(_xlsx[0]).Descendants(Main + "row").Count(), Is.EqualTo(_ledgers.Projects.Count() + 2));
        Assert.That(Sheet(_xlsx[1]).Descendants(Main + "row").Count(), Is.EqualTo(_ledgers.Funds.Count() + 2));
        // 3 years × (全市 and 7 regions) × 4 headline indicators, 全市's 7 others for 4 years (2022's goals included), 2022's 4 headline goals.
        Assert.That(Sheet(_xlsx[2]).Descendants(Main + "row").Count(), Is.EqualTo(3 * 8 * 4 + 4 * 7 + 4 + 2));
        Assert.That(Sheet(_xlsx[4]).Descendants(Main + "row").Count(), Is.EqualTo(8 + 2));
        Assert.That(File.ReadLines(_csv[0]).Count(), Is.EqualTo(_ledgers.Projects.Count() + 1));
        Assert.That(File.ReadLines(_csv[1]).Count(), Is.EqualTo(_ledgers.Funds.Count() + 1));
    }

    [Test]
    public void Csv_files_start_with_the_header_in_utf8_without_bom()
    {
        Assert.Multiple(() =>
        {
            foreach (var path in _csv)
            {
                var bytes = File.ReadAllBytes(path);
                Assert.That(bytes[..3], Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), path);
                var firstLine = Encoding.UTF8.GetString(bytes).Split("\r\n")[0];
                Assert.That(firstLine, Is.EqualTo(string.Join(",", Expected[Path.GetFileNameWithoutExtension(path)].Headers)), path);
            }
        });
    }

    [Test]
    public void Csv_rows_write_dates_months_and_amounts_plainly()
    {
        var project = _ledgers.Projects.First();
        var fund = _ledgers.Funds.First();

        var projectLine = File.ReadLines(_csv[0]).ElementAt(1).Split(',');
        var fundLine = File.ReadLines(_csv[1]).ElementAt(1);

        Assert.That(projectLine[0], Is.EqualTo(project.ProjectId));
        Assert.That(projectLine[7], Is.EqualTo(project.SignedOn!.Value.ToString("yyyy-MM-dd")));
        Assert.That(decimal.Parse(projectLine[6]), Is.EqualTo(project.Investment));
        // Not started that month and not foreign: no fixed-asset investment, no foreign capital.
        Assert.That(fundLine, Is.EqualTo($"{fund.ProjectId},{fund.Month:yyyy-MM},{fund.Amount.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)},,"));
    }

    private static XElement Sheet(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        return XDocument.Load(stream).Root!;
    }

    private static string[] Texts(XElement row) => row.Elements(Main + "c").Select(c => c.Value).ToArray();
}
