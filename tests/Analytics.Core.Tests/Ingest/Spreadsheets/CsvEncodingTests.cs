using System.Text;
using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

public sealed class CsvEncodingTests : SpreadsheetTestBase
{
    private const string Ledger = "项目编号,所属地区,协议总投资（亿元）\r\nXM-001,高新区,\"1,234.5\"\r\n";

    private static readonly Encoding Gb18030 = CodePagesGb18030();

    private static Encoding CodePagesGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    [Test]
    public void Utf8_without_bom_is_found_by_validating_the_bytes()
    {
        AssertReads(Encoding.UTF8.GetBytes(Ledger), "utf-8");
    }

    [Test]
    public void Utf8_with_bom_leaves_the_bom_out_of_the_first_cell()
    {
        AssertReads([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Ledger)], "utf-8");
    }

    [Test]
    public void Bytes_that_are_not_utf8_are_read_as_gb18030()
    {
        AssertReads(Gb18030.GetBytes(Ledger), "GB18030");
    }

    [Test]
    public void Utf16_little_endian_with_bom_is_read()
    {
        AssertReads([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Ledger)], "utf-16");
    }

    [Test]
    public void Utf16_big_endian_with_bom_is_read()
    {
        AssertReads([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Ledger)], "utf-16BE");
    }

    [Test]
    public void Ascii_only_text_is_utf8()
    {
        var path = WriteBytes("ascii.csv", "id,amount\n1,2\n"u8.ToArray());

        using var file = SpreadsheetFile.Open(path);

        Assert.That(file.TextEncoding!.WebName, Is.EqualTo("utf-8"));
    }

    [Test]
    public void Gb18030_bytes_after_a_utf8_first_megabyte_are_an_error_naming_their_row()
    {
        // 26 bytes of header and 55,000 rows of 20 bytes: 1,100,026 bytes of UTF-8, past the first megabyte.
        var utf8 = new StringBuilder("项目编号,所属地区\n");
        for (var i = 1; i <= 55_000; i++) utf8.Append($"XM-{i:D6},高新区\n");
        var lines = Encoding.UTF8.GetBytes(utf8.ToString());
        var path = WriteBytes("mixed.csv", [.. lines, .. Gb18030.GetBytes("XM-999999,经开区\n")]);

        using var file = SpreadsheetFile.Open(path);
        var read = 0;
        var error = Assert.Throws<SpreadsheetException>(() =>
        {
            foreach (var _ in file.ReadRows(file.Sheets[0])) read++;
        })!;

        Assert.That(file.TextEncoding!.WebName, Is.EqualTo("utf-8"));
        Assert.That(lines, Has.Length.EqualTo(1_100_026));
        Assert.That(read, Is.EqualTo(55_001), "every row before it is read");
        Assert.That(error.Message, Is.EqualTo("mixed.csv › mixed › 第55002行: 文件编码不一致：此行起不是 UTF-8 编码，请整体另存为 UTF-8 CSV / mixed text encodings: the file starts as UTF-8 but this row is not UTF-8; save it again as UTF-8 CSV"));
    }

    private void AssertReads(byte[] bytes, string webName)
    {
        var path = WriteBytes("ledger.csv", bytes);

        using var file = SpreadsheetFile.Open(path);
        var rows = file.ReadRows(file.Sheets[0]).ToList();

        Assert.That(file.TextEncoding!.WebName, Is.EqualTo(webName).IgnoreCase);
        Assert.That(Texts(rows[0]), Is.EqualTo(new[] { "项目编号", "所属地区", "协议总投资（亿元）" }));
        Assert.That(Texts(rows[1]), Is.EqualTo(new[] { "XM-001", "高新区", "1,234.5" }));
    }
}
