namespace Analytics.Core.Metrics;

/// <summary>What puts a project on a list for a period: its 签约 / 开工 / 投产 / 入统 date, or funds arriving in the period's months.</summary>
public enum ProjectEvent
{
    Signed,
    Started,
    Producing,
    InStats,
    Funds,
}
