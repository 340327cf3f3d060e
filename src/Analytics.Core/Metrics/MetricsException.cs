namespace Analytics.Core.Metrics;

/// <summary>A bad request for metrics (unknown region, metric or model; a date outside the data), one line.</summary>
public sealed class MetricsException(string message) : Exception(message);
