namespace Analytics.Cli;

/// <summary><c>rankings --metric</c>: what a ranking orders by (<c>target_completion</c> ranks regions only).</summary>
internal enum RankingMetric
{
    SignedCount,
    SignedInvestment,
    StartedCount,
    FundsInPlace,
    TargetCompletion,
    FundsYoy,
}
