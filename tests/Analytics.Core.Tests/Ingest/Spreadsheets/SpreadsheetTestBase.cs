using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

/// <summary>A temporary folder per test for the files the test writes, and short ways to read them back.</summary>
public abstract class SpreadsheetTestBase
{
    protected string Folder { get; private set; } = "";

    [SetUp]
    public void CreateFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "analytics-spreadsheet-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(Folder, recursive: true);

    protected string PathOf(string fileName) => Path.Combine(Folder, fileName);

    protected string WriteBytes(string fileName, byte[] bytes)
    {
        var path = PathOf(fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>All rows of one sheet (the first by default).</summary>
    protected static List<SheetRow> ReadSheet(string path, int sheet = 0)
    {
        using var file = SpreadsheetFile.Open(path);
        return file.ReadRows(file.Sheets[sheet]).ToList();
    }

    protected static string[] Texts(SheetRow row) => row.Cells.Select(c => c.Text).ToArray();

    protected static SpreadsheetException OpenFails(string path) =>
        Assert.Throws<SpreadsheetException>(() => SpreadsheetFile.Open(path).Dispose())!;
}
