using Analytics.Core.Ingest;

namespace Analytics.Core.Demo;

/// <summary>
/// The demo city's ledgers as of <see cref="DemoOptions.Today"/>. Projects and funds are streamed:
/// each enumeration generates them again, one cohort at a time, so memory stays bounded at any scale.
/// </summary>
public sealed class DemoLedgers
{
    internal DemoLedgers(DemoOptions options, IReadOnlyList<TargetRecord> targets, IReadOnlyList<ActivityRecord> activities,
        IReadOnlyList<ExternalRankRecord> externalRanks)
    {
        Options = options;
        Targets = targets;
        Activities = activities;
        ExternalRanks = externalRanks;
    }

    public DemoOptions Options { get; }

    /// <summary>The first year with ledgers (2019).</summary>
    public int FirstYear => DemoVocabulary.FirstYear;

    /// <summary>The last year with ledgers, the year of <see cref="DemoOptions.Today"/>.</summary>
    public int LastYear => Options.Today.Year;

    /// <summary>项目台账 rows in id order (year, then copy, then signing order), amounts in 亿元.</summary>
    public IEnumerable<ProjectRecord> Projects => Batches().SelectMany(b => b.Projects);

    /// <summary>资金到位台账 rows, by project in id order, then month; amounts in 亿元.</summary>
    public IEnumerable<FundRecord> Funds => Batches().SelectMany(b => b.Funds);

    /// <summary>目标任务: each year, 全市 and every region, the four headline indicators; 全市 also the others, and next year's goals.</summary>
    public IReadOnlyList<TargetRecord> Targets { get; }

    /// <summary>招商活动台账 rows by date.</summary>
    public IReadOnlyList<ActivityRecord> Activities { get; }

    /// <summary>地区: the 全市 row with the 战略性新兴产业 chains, then the regions in their official order.</summary>
    public IReadOnlyList<RegionRecord> Regions => DemoRegions.Records;

    /// <summary>外部排名: the ranks the province gave the city, for the last year with ledgers.</summary>
    public IReadOnlyList<ExternalRankRecord> ExternalRanks { get; }

    /// <summary>The ledger rows of one cohort at a time, in file order.</summary>
    internal IEnumerable<DemoBatch> Batches()
    {
        var today = Options.Today;
        var lastMonth = new DateOnly(today.Year, today.Month, 1);
        for (var year = FirstYear; year <= LastYear; year++)
        {
            for (var copy = 0; copy < Options.Scale; copy++)
            {
                var cohort = CohortGenerator.Generate(Options.Seed, year, copy);
                var projects = new List<ProjectRecord>(cohort.Projects.Count);
                var funds = new List<FundRecord>();
                foreach (var project in cohort.Projects)
                {
                    if (!project.IsKnownAt(today))
                    {
                        continue;
                    }

                    var record = project.ToRecord(today);
                    projects.Add(record);
                    if (record.SignedOn is null)
                    {
                        continue;
                    }

                    foreach (var (month, amount) in project.Funds)
                    {
                        if (month <= lastMonth)
                        {
                            funds.Add(FundDetails.Record(project, month, amount, today));
                        }
                    }
                }

                yield return new DemoBatch(projects, funds);
            }
        }
    }
}
