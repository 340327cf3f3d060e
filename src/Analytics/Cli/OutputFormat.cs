namespace Analytics.Cli;

/// <summary>How a verb writes its result: <c>--format table|json|csv</c>.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}
