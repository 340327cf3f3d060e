using Analytics.Core.Ingest.Ledgers;
using Analytics.DuckDb;

namespace Analytics.Core.Ingest.Store;

/// <summary>Appends parsed ledger rows to the raw tables of a version being built.</summary>
internal sealed class RawTableWriter(DuckDbConnection connection) : IDisposable
{
    private DuckDbAppender? projects;
    private DuckDbAppender? funds;
    private DuckDbAppender? targets;
    private DuckDbAppender? activities;

    public void Write(LedgerRow row)
    {
        var at = row.Source;
        switch (row.Record)
        {
            case ProjectRecord p:
                (projects ??= connection.CreateAppender("projects", "raw")).CreateRow()
                    .Append(p.ProjectId).Append(p.Name).Append(p.Investor).Append(p.Region).Append(p.IndustryChain).Append(p.FundSource)
                    .Append(p.Investment).Append(p.SignedOn).Append(p.StartedOn).Append(p.ProducingOn).Append(p.InStatsOn)
                    .Append(p.Status).Append(p.ProjectType).Append(p.InvestorType).Append(p.Method)
                    .Append(at.File).Append(at.Sheet).Append(at.Row).EndRow();
                break;
            case FundRecord f:
                (funds ??= connection.CreateAppender("funds", "raw")).CreateRow()
                    .Append(f.ProjectId).Append(f.Month).Append(f.Amount).Append(at.File).Append(at.Sheet).Append(at.Row).EndRow();
                break;
            case TargetRecord t:
                (targets ??= connection.CreateAppender("targets", "raw")).CreateRow()
                    .Append(t.Year).Append(t.Region).Append(t.Indicator).Append(t.Target).Append(at.File).Append(at.Sheet).Append(at.Row).EndRow();
                break;
            case ActivityRecord a:
                (activities ??= connection.CreateAppender("activities", "raw")).CreateRow()
                    .Append(a.Date).Append(a.Region).Append(a.ActivityType).Append(a.Count).Append(a.Note)
                    .Append(at.File).Append(at.Sheet).Append(at.Row).EndRow();
                break;
        }
    }

    public void Dispose()
    {
        projects?.Dispose();
        funds?.Dispose();
        targets?.Dispose();
        activities?.Dispose();
    }
}
