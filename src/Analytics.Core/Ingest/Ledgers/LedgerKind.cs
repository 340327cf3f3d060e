namespace Analytics.Core.Ingest.Ledgers;

/// <summary>The four ledgers an office keeps, and the two optional ones.</summary>
public enum LedgerKind
{
    /// <summary>项目台账.</summary>
    Projects,
    /// <summary>资金到位台账.</summary>
    Funds,
    /// <summary>目标任务.</summary>
    Targets,
    /// <summary>招商活动台账.</summary>
    Activities,
    /// <summary>地区 (optional): the regions' type, official order and lead industries.</summary>
    Regions,
    /// <summary>外部排名 (optional): ranks the province or the prefecture gave the office.</summary>
    ExternalRanks,
}
