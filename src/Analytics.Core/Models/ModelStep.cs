using Analytics.Core.Ingest.Ledgers;
using DuckDB.NET.Data;

namespace Analytics.Core.Models;

/// <summary>The import step that builds the SQL models into each new data version before it becomes current.</summary>
public sealed class ModelStep(string sqlDirectory, Func<DateOnly> testAsOf)
{
    public void Run(DuckDBConnection connection, ProblemLog problems)
    {
        try
        {
            ModelRunner.Run(connection, ModelCatalog.Load(sqlDirectory), testAsOf());
        }
        catch (ModelException e)
        {
            problems.Add(new LedgerProblem(ProblemSeverity.Error, "sql/", null, null, null,
                "模型未通过，新数据版本未启用：" + e.Message, "the models failed; the new data version was not made current: " + e.Message));
        }
    }
}
