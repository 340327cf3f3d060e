using System.Data.Common;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Metrics;
using Analytics.Core.Models;
using DuckDB.NET.Data;

namespace Analytics.Core.Tests.Metrics;

/// <summary>
/// Ledger files imported into a data store in a temporary folder the way the product does it: through the
/// <see cref="Importer"/> with the SQL models of the repository's <c>sql/</c> built before the version becomes current.
/// </summary>
public sealed class ImportedVersion : IDisposable
{
    private ImportedVersion(string root, DataStore store, ImportResult result)
    {
        Root = root;
        Store = store;
        Result = result;
        Connection = store.OpenCurrent();
        Reader = new MetricsReader(Connection, store.CurrentId!);
    }

    public string Root { get; }

    public DataStore Store { get; }

    public ImportResult Result { get; }

    public DuckDBConnection Connection { get; }

    public MetricsReader Reader { get; }

    public static string SqlDirectory => ModelCatalog.DefaultDirectory;

    /// <summary>Imports the files (written by <paramref name="write"/> into a ledger folder) into a fresh store; models tested at <paramref name="testAsOf"/>.</summary>
    public static ImportedVersion Create(Func<string, IReadOnlyList<string>> write, DateOnly testAsOf)
    {
        var root = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N")[..12]);
        var files = write(Path.Combine(root, "ledgers"));
        var store = new DataStore(Path.Combine(root, "data"));
        var result = Import(store, files, SqlDirectory, testAsOf);
        if (!result.Succeeded)
            throw new InvalidOperationException("import failed: " + string.Join("\n", result.Problems.Listed.Select(p => p.LineEn)));
        return new ImportedVersion(root, store, result);
    }

    /// <summary>One import through the product's importer with the model step of <paramref name="sqlDirectory"/>.</summary>
    public static ImportResult Import(DataStore store, IReadOnlyList<string> files, string sqlDirectory, DateOnly testAsOf) =>
        new Importer(store) { BeforePublish = new ModelStep(sqlDirectory, () => testAsOf).Run }.Import(files);

    /// <summary>Every row of a model (a macro read at <paramref name="asOf"/>), column name → value, DBNull as null.</summary>
    public IReadOnlyList<Dictionary<string, object?>> Rows(string model, DateOnly? asOf = null)
    {
        using var reader = Reader.Query(ModelCatalog.Load(SqlDirectory), model, asOf);
        return ReadAll(reader);
    }

    public static List<Dictionary<string, object?>> ReadAll(DbDataReader reader)
    {
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public void Dispose()
    {
        Connection.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
