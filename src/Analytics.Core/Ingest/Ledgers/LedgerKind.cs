namespace Analytics.Core.Ingest.Ledgers;

/// <summary>The four ledgers an office keeps.</summary>
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
}
