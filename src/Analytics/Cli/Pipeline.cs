using Analytics.Core.Demo;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Ledgers;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Models;
using DuckDB.NET.Data;

namespace Analytics.Cli;

/// <summary>What runs on every new data version before it becomes current (the SQL models and their data tests), and the demo import.</summary>
internal static class Pipeline
{
    public static void BeforePublish(DuckDBConnection connection, ProblemLog problems) =>
        new ModelStep(ModelCatalog.DefaultDirectory, () => DateOnly.FromDateTime(DateTime.Today)).Run(connection, problems);

    /// <summary>Writes the demo ledgers (xlsx) into <paramref name="directory"/> and imports them with the models: <c>analytics demo</c>, and <c>serve</c> on no data.</summary>
    public static ImportResult ImportDemo(DataStore store, DemoOptions options, string directory, Action<string, long, TimeSpan>? progress = null)
    {
        var files = DemoLedgerFiles.Write(DemoData.Generate(options), directory);
        return new Importer(store) { Progress = progress, BeforePublish = BeforePublish }.Import(files, action: "demo");
    }
}
