using System.IO.Compression;
using System.Text;
using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

public sealed class BadFileTests : SpreadsheetTestBase
{
    private const string Corrupt = "文件已损坏或不完整 / the file is truncated or corrupt";

    [Test]
    public void An_empty_file_is_refused()
    {
        var error = OpenFails(WriteBytes("空.csv", []));

        Assert.That(error.Message, Is.EqualTo("空.csv: 文件为空 / the file is empty"));
        Assert.That((error.File, error.Sheet, error.Row), Is.EqualTo(("空.csv", (string?)null, (int?)null)));
    }

    [Test]
    public void A_file_of_white_space_is_empty()
    {
        var error = OpenFails(WriteBytes("blank.csv", Encoding.UTF8.GetBytes(" \r\n\t\n   \n")));

        Assert.That(error.Message, Is.EqualTo("blank.csv: 文件为空 / the file is empty"));
    }

    [Test]
    public void A_file_of_a_bom_and_white_space_is_empty()
    {
        Assert.That(OpenFails(WriteBytes("bom.csv", [0xEF, 0xBB, 0xBF, 0x20, 0x0A])).MessageEn, Is.EqualTo("the file is empty"));
        Assert.That(OpenFails(WriteBytes("bom16.csv", [0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00])).MessageEn, Is.EqualTo("the file is empty"));
    }

    [Test]
    public void The_error_names_the_file_not_its_folder()
    {
        var error = OpenFails(WriteBytes("台账.csv", []));

        Assert.That(error.Message, Does.Not.Contain(Folder));
        Assert.That(error.File, Is.EqualTo("台账.csv"));
    }

    [Test]
    public void A_png_is_not_a_spreadsheet()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01];

        var error = OpenFails(WriteBytes("台账.png", png));

        Assert.That(error.Message, Is.EqualTo("台账.png: 不是电子表格文件 / not a spreadsheet (xlsx or CSV)"));
    }

    [Test]
    public void A_pdf_is_not_a_spreadsheet_even_when_its_start_is_text()
    {
        var error = OpenFails(WriteBytes("台账.csv", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")));

        Assert.That(error.Message, Is.EqualTo("台账.csv: 不是电子表格文件 / not a spreadsheet (xlsx or CSV)"));
    }

    [Test]
    public void Binary_bytes_with_nul_are_not_a_spreadsheet()
    {
        var error = OpenFails(WriteBytes("data.bin", [0x01, 0x02, 0x00, 0x41, 0x42]));

        Assert.That(error.MessageZh, Is.EqualTo("不是电子表格文件"));
    }

    [Test]
    public void A_zip_without_a_workbook_is_not_a_spreadsheet()
    {
        var path = PathOf("照片.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
            writer.Write("not a workbook");

        var error = OpenFails(path);

        Assert.That(error.Message, Is.EqualTo("照片.zip: 不是电子表格文件 / not a spreadsheet (xlsx or CSV)"));
    }

    [Test]
    public void A_package_that_lost_its_workbook_part_is_corrupt()
    {
        var path = new XlsxBuilder().Sheet("Sheet1", "").Without("xl/workbook.xml").Save(PathOf("lost.xlsx"));

        Assert.That(OpenFails(path).Message, Is.EqualTo("lost.xlsx: " + Corrupt));
    }

    [Test]
    public void A_workbook_naming_a_missing_sheet_part_is_corrupt()
    {
        var path = new XlsxBuilder().Sheet("Sheet1", "").Without("xl/worksheets/sheet1.xml").Save(PathOf("nosheet.xlsx"));

        Assert.That(OpenFails(path).Message, Is.EqualTo("nosheet.xlsx: " + Corrupt));
    }

    [Test]
    public void An_xlsx_cut_in_half_is_corrupt()
    {
        var whole = File.ReadAllBytes(new XlsxBuilder()
            .SharedStrings("项目编号")
            .Sheet("Sheet1", """<row r="1"><c r="A1" t="s"><v>0</v></c></row>""")
            .Save(PathOf("whole.xlsx")));

        var error = OpenFails(WriteBytes("半个.xlsx", whole[..(whole.Length / 2)]));

        Assert.That(error.Message, Is.EqualTo("半个.xlsx: " + Corrupt));
    }

    [Test]
    public void Bad_xml_in_the_shared_strings_is_found_on_open()
    {
        var path = new XlsxBuilder()
            .Sheet("Sheet1", "")
            .Part("xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>项目</si></sst>")
            .Part("xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""")
            .Save(PathOf("badstrings.xlsx"));

        Assert.That(OpenFails(path).Message, Is.EqualTo("badstrings.xlsx: " + Corrupt));
    }

    [Test]
    public void A_damaged_sheet_entry_is_reported_with_the_sheet_and_the_row_reached()
    {
        // Stored (not compressed) so that the damage lands on a known row: bytes of row 30 are overwritten.
        var data = new StringBuilder();
        for (var r = 1; r <= 50; r++) data.Append($"""<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>""");
        var path = new XlsxBuilder().Sheet("项目台账", data.ToString()).Save(PathOf("damaged.xlsx"), CompressionLevel.NoCompression);
        var bytes = File.ReadAllBytes(path);
        var at = IndexOf(bytes, Encoding.ASCII.GetBytes("<v>30</v>"));
        Encoding.ASCII.GetBytes("<v>3\0\u0001\u0002").CopyTo(bytes, at);
        File.WriteAllBytes(path, bytes);

        using var file = SpreadsheetFile.Open(path);
        var read = new List<int>();
        var error = Assert.Throws<SpreadsheetException>(() =>
        {
            foreach (var row in file.ReadRows(file.Sheets[0])) read.Add(row.Number);
        })!;

        Assert.That(error.Message, Is.EqualTo("damaged.xlsx › 项目台账 › 第30行: " + Corrupt));
        Assert.That(read, Has.Count.EqualTo(29));
    }

    [Test]
    public void A_sheet_whose_bytes_changed_but_still_parse_fails_its_checksum_after_the_last_row()
    {
        var data = new StringBuilder();
        for (var r = 1; r <= 50; r++) data.Append($"""<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>""");
        var path = new XlsxBuilder().Sheet("项目台账", data.ToString()).Save(PathOf("changed.xlsx"), CompressionLevel.NoCompression);
        var bytes = File.ReadAllBytes(path);
        bytes[IndexOf(bytes, Encoding.ASCII.GetBytes("<v>30</v>")) + 4] = (byte)'1';
        File.WriteAllBytes(path, bytes);

        using var file = SpreadsheetFile.Open(path);
        var read = 0;
        var error = Assert.Throws<SpreadsheetException>(() =>
        {
            foreach (var _ in file.ReadRows(file.Sheets[0])) read++;
        })!;

        Assert.That(error.Message, Is.EqualTo("changed.xlsx › 项目台账 › 第50行: " + Corrupt));
        Assert.That(read, Is.EqualTo(50));
    }

    [Test]
    public void Changed_bytes_in_the_shared_strings_are_found_on_open()
    {
        var path = new XlsxBuilder().SharedStrings("高新区").Sheet("Sheet1", "").Save(PathOf("strings.xlsx"), CompressionLevel.NoCompression);
        var bytes = File.ReadAllBytes(path);
        var at = IndexOf(bytes, Encoding.UTF8.GetBytes("高新区"));
        Encoding.UTF8.GetBytes("经").CopyTo(bytes, at);
        File.WriteAllBytes(path, bytes);

        Assert.That(OpenFails(path).Message, Is.EqualTo("strings.xlsx: " + Corrupt));
    }

    [Test]
    public void A_compressed_sheet_garbled_in_the_middle_is_corrupt()
    {
        var data = new StringBuilder();
        var random = new Random(7);
        for (var r = 1; r <= 3000; r++) data.Append($"""<row r="{r}"><c r="A{r}"><v>{random.Next()}</v></c><c r="B{r}" t="inlineStr"><is><t>项目{random.Next()}</t></is></c></row>""");
        var path = new XlsxBuilder().Sheet("Sheet1", data.ToString()).Save(PathOf("garbled.xlsx"));
        var bytes = File.ReadAllBytes(path);
        var sheetData = IndexOf(bytes, Encoding.ASCII.GetBytes("xl/worksheets/sheet1.xml")) + 100;
        for (var i = 0; i < 64; i++) bytes[sheetData + 2000 + i] ^= 0x5A;
        File.WriteAllBytes(path, bytes);

        using var file = SpreadsheetFile.Open(path);
        var error = Assert.Throws<SpreadsheetException>(() => file.ReadRows(file.Sheets[0]).ToList())!;

        Assert.That(error.MessageEn, Is.EqualTo("the file is truncated or corrupt"));
        Assert.That(error.Sheet, Is.EqualTo("Sheet1"));
        Assert.That(error.Row, Is.InRange(1, 3000));
    }

    [Test]
    public void A_shared_string_index_past_the_table_is_corrupt()
    {
        var path = new XlsxBuilder()
            .SharedStrings("只有一个")
            .Sheet("Sheet1", """<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>5</v></c></row>""")
            .Save(PathOf("index.xlsx"));

        var error = Assert.Throws<SpreadsheetException>(() => ReadSheet(path))!;

        Assert.That(error.Message, Is.EqualTo("index.xlsx › Sheet1 › 第2行: " + Corrupt));
    }

    [Test]
    public void An_encrypted_workbook_asks_for_the_password_to_be_removed()
    {
        var path = WriteBytes("加密台账.xlsx", CompoundFileBuilder.Build("\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"));

        var error = OpenFails(path);

        Assert.That(error.Message, Is.EqualTo("加密台账.xlsx: 文件已加密，请取消密码后另存为 .xlsx / the workbook is encrypted: remove the password and save it again as .xlsx"));
    }

    [Test]
    public void A_legacy_xls_with_an_empty_workbook_stream_is_corrupt()
    {
        var path = WriteBytes("旧台账.xls", CompoundFileBuilder.Build("Workbook", "\u0005SummaryInformation", "\u0005DocumentSummaryInformation"));

        var error = OpenFails(path);

        Assert.That(error.Message, Is.EqualTo("旧台账.xls: 旧版 .xls 文件已损坏或不完整，请用 Excel 或 WPS 打开后另存为 .xlsx / the legacy .xls file is truncated or corrupt: open it in Excel or WPS and save it again as .xlsx"));
    }

    [Test]
    public void A_legacy_word_document_is_not_a_spreadsheet()
    {
        var path = WriteBytes("说明.doc", CompoundFileBuilder.Build("WordDocument", "1Table", "\u0005SummaryInformation"));

        Assert.That(OpenFails(path).Message, Is.EqualTo("说明.doc: 不是电子表格文件 / not a spreadsheet (xlsx or CSV)"));
    }

    [Test]
    public void An_ole_file_whose_directory_cannot_be_read_is_taken_for_a_damaged_legacy_xls()
    {
        var bytes = CompoundFileBuilder.Build("Workbook");
        bytes[0x30] = 0x7F; // the directory's first sector lies past the end of the file

        Assert.That(OpenFails(WriteBytes("坏.xls", bytes)).MessageEn, Does.StartWith("the legacy .xls file is truncated or corrupt"));
    }

    [Test]
    public void An_encrypted_workbook_with_many_directory_entries_is_still_recognised()
    {
        var names = Enumerable.Range(0, 10).Select(i => $"Stream{i}").Append("EncryptedPackage").ToArray();

        var error = OpenFails(WriteBytes("many.xlsx", CompoundFileBuilder.Build(names)));

        Assert.That(error.MessageEn, Does.StartWith("the workbook is encrypted"));
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
