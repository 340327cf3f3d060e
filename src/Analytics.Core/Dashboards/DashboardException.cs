namespace Analytics.Core.Dashboards;

/// <summary>A dashboard file that cannot be read (naming the file and line), or a request for a block that does not exist. The message is one line, in Chinese.</summary>
public sealed class DashboardException(string message) : Exception(message);
