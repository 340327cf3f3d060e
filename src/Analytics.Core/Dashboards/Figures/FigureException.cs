namespace Analytics.Core.Dashboards.Figures;

/// <summary>A figure or filter a page names that does not exist; the message is Chinese, for the page's author.</summary>
internal sealed class FigureException(string message) : Exception(message);
