namespace Analytics.Core.Dashboards.Outline;

/// <summary>
/// One part of a rendered page in reading order: what the documents (Word, Excel, aligned text) are written from. The
/// parts come from the same block results as the page's HTML, so a public page's parts hold only disclosed figures.
/// </summary>
public abstract record PagePart;
