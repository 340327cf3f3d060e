namespace Analytics.Core.Dashboards.Outline;

/// <summary>A paragraph of text (a list item keeps its marker; a block without a table gives one paragraph a line).</summary>
public sealed record ParagraphPart(string Text) : PagePart;
