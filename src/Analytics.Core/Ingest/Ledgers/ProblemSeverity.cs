namespace Analytics.Core.Ingest.Ledgers;

/// <summary>An error blocks the load; a warning is listed and recorded.</summary>
public enum ProblemSeverity
{
    Error,
    Warning,
}
