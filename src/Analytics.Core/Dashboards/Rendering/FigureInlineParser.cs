using Markdig.Helpers;
using Markdig.Parsers;

namespace Analytics.Core.Dashboards.Rendering;

/// <summary>Parses <c>{{ … }}</c> within one line into a <see cref="FigureInline"/>; a lone <c>{</c> stays text.</summary>
internal sealed class FigureInlineParser : InlineParser
{
    public FigureInlineParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '{') return false;
        var text = slice.Text;
        var start = slice.Start;
        var length = slice.End - (start + 2) + 1;
        if (length < 2) return false;
        var close = text.IndexOf("}}", start + 2, length, StringComparison.Ordinal);
        if (close < 0) return false;
        var expression = text.Substring(start + 2, close - start - 2);
        if (expression.Contains('\n') || expression.Contains('{')) return false;
        processor.Inline = new FigureInline
        {
            Expression = expression.Trim(),
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(close + 1)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
