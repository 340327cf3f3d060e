using Analytics.Core.Ingest.Ledgers;
using Analytics.Core.Models;
using Analytics.DuckDb;

namespace Analytics.Cli;

/// <summary>What runs on every new data version before it becomes current: the SQL models and their data tests.</summary>
internal static class Pipeline
{
    public static void BeforePublish(DuckDbConnection connection, ProblemLog problems) =>
        new ModelStep(ModelCatalog.DefaultDirectory, () => DateOnly.FromDateTime(DateTime.Today)).Run(connection, problems);
}
