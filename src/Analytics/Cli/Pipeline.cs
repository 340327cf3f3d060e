using Analytics.Core.Ingest.Ledgers;
using Analytics.DuckDb;

namespace Analytics.Cli;

/// <summary>What runs on every new data version before it becomes current.</summary>
internal static class Pipeline
{
    public static void BeforePublish(DuckDbConnection connection, ProblemLog problems)
    {
    }
}
