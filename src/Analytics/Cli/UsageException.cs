namespace Analytics.Cli;

/// <summary>A bad command line found after parsing (e.g. no data yet): printed as one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
