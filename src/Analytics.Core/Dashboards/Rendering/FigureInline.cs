using Markdig.Syntax.Inlines;

namespace Analytics.Core.Dashboards.Rendering;

/// <summary>An inline figure <c>{{ path | filter }}</c> in a sentence; <see cref="Expression"/> is the text between the braces.</summary>
internal sealed class FigureInline : LeafInline
{
    public string Expression { get; init; } = "";
}
