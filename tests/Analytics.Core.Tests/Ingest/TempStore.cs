using System.Globalization;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Ledgers;
using Analytics.Core.Ingest.Store;

namespace Analytics.Core.Tests.Ingest;

/// <summary>A data directory and a folder for ledger files under a fresh temporary directory, deleted on dispose.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore(string prefix = "ingest-")
    {
        Root = Directory.CreateTempSubdirectory(prefix).FullName;
        Files = Directory.CreateDirectory(Path.Combine(Root, "files")).FullName;
        Store = new DataStore(Path.Combine(Root, "data"));
    }

    public string Root { get; }

    /// <summary>Where the tests write ledger files.</summary>
    public string Files { get; }

    public DataStore Store { get; }

    /// <summary>A new temporary store holding a copy of <paramref name="template"/>'s data directory (cheaper than importing again).</summary>
    public static TempStore CopyOf(TempStore template, string prefix = "ingest-")
    {
        var copy = new TempStore(prefix);
        CopyDirectory(template.Store.Root, copy.Store.Root);
        return copy;
    }

    public ImportResult Import(params string[] files) => new Importer(Store).Import(files);

    public ImportResult Import(LedgerKind kind, params string[] files) => new Importer(Store).Import(files, kind);

    public ImportResult Remove(string name) => new Importer(Store).Remove(name);

    /// <summary>Imports and fails the test unless the import succeeded.</summary>
    public ImportResult ImportOk(params string[] files)
    {
        var result = Import(files);
        Assert.That(result.Succeeded, Is.True, () => "import failed:\n" + string.Join("\n", result.Problems.Listed.Select(p => p.LineZh)));
        return result;
    }

    /// <summary>
    /// The rows of a query on the current version, each as its values joined by <c> | </c>: NULL as ∅,
    /// dates as 2021-03-05, decimals without trailing zeros.
    /// </summary>
    public List<string> Rows(string sql)
    {
        using var connection = Store.OpenCurrent();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
                values[i] = reader.IsDBNull(i) ? "∅" : Show(reader.GetValue(i));
            rows.Add(string.Join(" | ", values));
        }
        return rows;
    }

    private static string Show(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.##########", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    public string Scalar(string sql) => Rows(sql).Single();

    /// <summary>Directories an unfinished build left in <c>versions/</c>.</summary>
    public IReadOnlyList<string> BuildDebris() =>
        Directory.Exists(Store.VersionsDirectory) ? Directory.GetDirectories(Store.VersionsDirectory, ".building-*") : [];

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var directory in Directory.EnumerateDirectories(from)) CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}
