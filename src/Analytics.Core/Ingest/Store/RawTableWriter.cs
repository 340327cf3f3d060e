using Analytics.Core.Ingest.Ledgers;
using DuckDB.NET.Data;

namespace Analytics.Core.Ingest.Store;

/// <summary>Appends parsed ledger rows to the raw tables of a version being built.</summary>
internal sealed class RawTableWriter(DuckDBConnection connection) : IDisposable
{
    private DuckDBAppender? projects;
    private DuckDBAppender? funds;
    private DuckDBAppender? targets;
    private DuckDBAppender? activities;
    private DuckDBAppender? regions;
    private DuckDBAppender? ranks;

    public void Write(LedgerRow row)
    {
        var at = row.Source;
        switch (row.Record)
        {
            case ProjectRecord p:
                var d = p.Details ?? NoDetails;
                (projects ??= connection.CreateAppender("raw", "projects")).CreateRow()
                    .AppendValue(p.ProjectId).AppendValue(p.Name).AppendValue(p.Investor).AppendValue(p.Region).AppendValue(p.IndustryChain).AppendValue(p.FundSource)
                    .AppendValue(p.Investment).AppendValue(p.SignedOn).AppendValue(p.StartedOn).AppendValue(p.ProducingOn).AppendValue(p.InStatsOn)
                    .AppendValue(p.Status).AppendValue(p.ProjectType).AppendValue(p.InvestorType).AppendValue(p.Method)
                    .AppendValue(d.KeyProject).AppendValue(d.CompanyTags).AppendValue(d.InvestorOrigin).AppendValue(d.SigningEvent).AppendValue(d.StrategicEmerging)
                    .AppendValue(d.ContractForeignCapital).AppendValue(d.NegotiationStage).AppendValue(d.ExpectedSigningOn).AppendValue(d.RegisteredOn).AppendValue(d.LeadUnit)
                    .AppendValue(at.File).AppendValue(at.Sheet).AppendValue(at.Row).EndRow();
                break;
            case FundRecord f:
                (funds ??= connection.CreateAppender("raw", "funds")).CreateRow()
                    .AppendValue(f.ProjectId).AppendValue(f.Month).AppendValue(f.Amount).AppendValue(f.FixedAssetInvestment).AppendValue(f.ForeignCapitalUsed).AppendValue(at.File).AppendValue(at.Sheet).AppendValue(at.Row).EndRow();
                break;
            case TargetRecord t:
                (targets ??= connection.CreateAppender("raw", "targets")).CreateRow()
                    .AppendValue(t.Year).AppendValue(t.Region).AppendValue(t.Indicator).AppendValue(t.Target).AppendValue(at.File).AppendValue(at.Sheet).AppendValue(at.Row).EndRow();
                break;
            case ActivityRecord a:
                (activities ??= connection.CreateAppender("raw", "activities")).CreateRow()
                    .AppendValue(a.Date).AppendValue(a.Region).AppendValue(a.ActivityType).AppendValue(a.Count).AppendValue(a.Note)
                    .AppendValue(a.Leader).AppendValue(a.Enterprises).AppendValue(a.Visitors).AppendValue(a.Destination).AppendValue(a.SignedProjects)
                    .AppendValue(at.File).AppendValue(at.Sheet).AppendValue(at.Row).EndRow();
                break;
            case RegionRecord r:
                (regions ??= connection.CreateAppender("raw", "regions")).CreateRow()
                    .AppendValue(r.Region).AppendValue(r.RegionType).AppendValue(r.Position).AppendValue(r.LeadIndustries).AppendValue(r.StrategicIndustries)
                    .AppendValue(at.File).AppendValue(at.Sheet).AppendValue(at.Row).EndRow();
                break;
            case ExternalRankRecord k:
                (ranks ??= connection.CreateAppender("raw", "external_ranks")).CreateRow()
                    .AppendValue(k.Period).AppendValue(k.Year).AppendValue(k.ThroughMonth).AppendValue(k.Indicator).AppendValue(k.Scope).AppendValue(k.Rank)
                    .AppendValue(at.File).AppendValue(at.Sheet).AppendValue(at.Row).EndRow();
                break;
        }
    }

    private static readonly ProjectDetails NoDetails = new();

    public void Dispose()
    {
        projects?.Dispose();
        funds?.Dispose();
        targets?.Dispose();
        activities?.Dispose();
        regions?.Dispose();
        ranks?.Dispose();
    }
}
