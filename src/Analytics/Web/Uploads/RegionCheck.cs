using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Ledgers;

namespace Analytics.Web.Uploads;

/// <summary>
/// A submitter's files hold only rows of their regions: a project, target or activity row of another region is an error
/// naming the row; a funds row must belong to a project of their regions (in the same upload or in the current data).
/// Problems of the files themselves (headers, values) are left to the import, which reports them all.
/// </summary>
public static class RegionCheck
{
    public static void Run(IReadOnlyList<(string Path, string Name)> files, LedgerKind? kind, IReadOnlyList<string> regions,
        Func<IReadOnlySet<string>> currentProjectsOfRegions, ProblemLog problems)
    {
        var ownProjects = new HashSet<string>(StringComparer.Ordinal);
        var funds = new List<(FundRecord Record, SourceRef Source)>();
        foreach (var (path, name) in files)
        {
            foreach (var row in new LedgerFileReader(path, name, new ProblemLog(), kind).Read())
            {
                var region = row.Record switch
                {
                    ProjectRecord p => p.Region,
                    TargetRecord t => t.Region,
                    ActivityRecord a => a.Region,
                    RegionRecord r => r.Region,
                    ExternalRankRecord => LedgerSchema.WholeJurisdiction,
                    _ => null,
                };
                if (row.Record is FundRecord fund) funds.Add((fund, row.Source));
                else if (region is not null && !regions.Contains(region, StringComparer.Ordinal)) problems.Add(OtherRegion(row.Source, region, regions));
                else if (row.Record is ProjectRecord project) ownProjects.Add(project.ProjectId);
            }
        }
        if (funds.Count == 0) return;
        var current = currentProjectsOfRegions();
        foreach (var (fund, source) in funds.Where(f => !ownProjects.Contains(f.Record.ProjectId) && !current.Contains(f.Record.ProjectId)))
            problems.Add(new LedgerProblem(ProblemSeverity.Error, source.File, source.Sheet, source.Row, "项目编号",
                "该项目不属于你负责的地区，不能填报其到位资金", "the project is not one of your regions; you cannot submit its funds", fund.ProjectId,
                string.Join("、", regions) + "的项目", "a project of " + string.Join(", ", regions)));
    }

    private static LedgerProblem OtherRegion(SourceRef source, string region, IReadOnlyList<string> regions) =>
        new(ProblemSeverity.Error, source.File, source.Sheet, source.Row, "所属地区",
            "该行地区不在你的填报范围内", "the row's region is not one you submit for", region, string.Join("、", regions), string.Join(", ", regions));
}
