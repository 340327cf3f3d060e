using static Analytics.Core.Tests.Ingest.LedgerCorpus;

namespace Analytics.Core.Tests.Ingest.Hostile;

/// <summary>
/// Crafted workbooks that would exhaust memory if read naively (issue 13, item 2): each ends in a
/// located error, and the import allocates a small fraction of what the bomb expands to.
/// </summary>
public sealed class HostileWorkbookTests
{
    private const long AllocationBound = 300L << 20;

    private static readonly string HeaderCells = string.Concat(ProjectsHeader.Split(',').Select((h, i) =>
        $"<c r=\"{(char)('A' + i)}1\" t=\"inlineStr\"><is><t>{h}</t></is></c>"));

    private TempStore temp = null!;

    [SetUp]
    public void CreateStore() => temp = new TempStore("hostile-xlsx-");

    [TearDown]
    public void DeleteStore() => temp.Dispose();

    [Test]
    public void A_2_MB_workbook_whose_shared_string_expands_to_2_GiB_is_refused_before_it_is_read()
    {
        var path = ZipBomb.Write(temp.Files, "炸弹.xlsx", SmallSheet(), new ZipBomb.Part("xl/sharedStrings.xml", "<sst><si><t>", "A", 2L << 30, "</t></si></sst>"));

        var lines = ImportWithin(path, AllocationBound);

        Assert.That(new FileInfo(path).Length, Is.LessThan(4 << 20), "the bomb is small on disk");
        Assert.That(lines, Is.EqualTo(new[] { "错误：炸弹.xlsx：压缩包内的 xl/sharedStrings.xml 解压后为 2,147,483,675 字节，超过上限 1,073,741,824 字节" }));
    }

    [Test]
    public void A_giant_shared_string_under_the_part_limit_is_refused_at_the_string_limit()
    {
        var path = ZipBomb.Write(temp.Files, "炸弹.xlsx", SmallSheet(), new ZipBomb.Part("xl/sharedStrings.xml", "<sst><si><t>", "A", 900L << 20, "</t></si></sst>"));

        var lines = ImportWithin(path, AllocationBound);

        Assert.That(lines, Is.EqualTo(new[] { "错误：炸弹.xlsx：共享字符串表第 1 项超过 1,048,576 个字符" }));
    }

    [Test]
    public void A_1_GiB_inline_cell_is_refused_naming_its_row_and_column()
    {
        var sheet = new ZipBomb.Part("xl/worksheets/sheet1.xml",
            $"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">{HeaderCells}</row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>P001</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>",
            "长", (1L << 30) / 3, "</t></is></c></row></sheetData></worksheet>");
        var path = ZipBomb.Write(temp.Files, "炸弹.xlsx", sheet);

        var lines = ImportWithin(path, AllocationBound);

        Assert.That(lines, Is.EqualTo(new[] { "错误：炸弹.xlsx › 项目 › 第2行 › 项目名称：单元格内容超过 1,048,576 个字符" }));
    }

    [Test]
    public void Sixty_million_shared_strings_are_refused_at_the_count_limit()
    {
        var path = ZipBomb.Write(temp.Files, "炸弹.xlsx", SmallSheet(), new ZipBomb.Part("xl/sharedStrings.xml", "<sst>", "<si/>", 60_000_000, "</sst>"));

        var lines = ImportWithin(path, AllocationBound);

        Assert.That(lines, Is.EqualTo(new[] { "错误：炸弹.xlsx：共享字符串表超过上限（4,194,304 个字符串）" }));
    }

    [Test]
    public void A_row_past_Excels_last_row_is_named()
    {
        var sheet = new ZipBomb.Part("xl/worksheets/sheet1.xml",
            $"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">{HeaderCells}</row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>P001</t></is></c></row><row r=\"1048577\"><c r=\"A1048577\" t=\"inlineStr\"><is><t>P002</t></is></c></row>",
            "", 0, "</sheetData></worksheet>");
        var path = ZipBomb.Write(temp.Files, "超长.xlsx", sheet);

        var lines = temp.Import(path).Problems.Listed.Select(p => p.LineZh).ToArray();

        Assert.That(lines, Does.Contain("错误：超长.xlsx › 项目 › 第1048577行：行号 1,048,577 超出 Excel 的上限（1,048,576 行）"));
    }

    /// <summary>Imports and returns the problem lines, failing if the import allocated more than <paramref name="bound"/> bytes.</summary>
    private string[] ImportWithin(string path, long bound)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = temp.Import(path);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        TestContext.Out.WriteLine($"import refused in {clock.Elapsed.TotalSeconds:F2} s, {allocated / 1048576.0:F1} MiB allocated, resident set of the test process {Environment.WorkingSet / 1048576.0:F0} MiB after it");
        Assert.That(result.Succeeded, Is.False);
        Assert.That(allocated, Is.LessThan(bound), $"allocated {allocated:N0} bytes");
        return [.. result.Problems.Listed.Select(p => p.LineZh)];
    }

    private static ZipBomb.Part SmallSheet() => new("xl/worksheets/sheet1.xml",
        $"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">{HeaderCells}</row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>", "", 0, "");
}
