namespace Analytics.Cli;

/// <summary><c>rankings --by</c>: what is ranked.</summary>
internal enum RankingDimension
{
    Region,
    IndustryChain,
    FundSource,
}
