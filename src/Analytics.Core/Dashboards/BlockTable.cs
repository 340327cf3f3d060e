using Analytics.Charts.Tables;

namespace Analytics.Core.Dashboards;

/// <summary>A block's data table for one request: the date it is as of (a public viewer's published date), the data version, and whether a figure was withheld.</summary>
public sealed record BlockTable(ChartTable Table, DateOnly AsOf, string DataVersion, bool HasSuppressed);
