namespace Analytics.Core.Dashboards.Parsing;

/// <summary>
/// Reads the YAML subset of front matter and blocks: <c>key: value</c> mappings, <c>- item</c> lists (of values or of
/// mappings), <c>[a, b]</c> inline lists, nesting by indentation, quoted values, and <c>#</c> comments (whole lines, or
/// after a space in an unquoted value). No anchors, no multi-line strings: a page's author should never need them.
/// </summary>
internal static class MiniYaml
{
    /// <summary>Parses <paramref name="lines"/>; <paramref name="firstLine"/> is the file's line number of the first one.</summary>
    public static YamlNode Parse(IReadOnlyList<string> lines, int firstLine)
    {
        var items = new List<(int Indent, string Text, int Line)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var raw = lines[i].TrimEnd('\r');
            if (raw.Contains('\t')) throw new YamlException("请用空格缩进，不要用制表符 / indent with spaces, not tabs", firstLine + i);
            var text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            items.Add((raw.Length - raw.TrimStart().Length, text, firstLine + i));
        }
        if (items.Count == 0) return new YamlMapping([], firstLine);
        var position = 0;
        var node = ParseBlock(items, ref position, items[0].Indent);
        if (position < items.Count) throw new YamlException("缩进不一致 / inconsistent indentation", items[position].Line);
        return node;
    }

    private static YamlNode ParseBlock(List<(int Indent, string Text, int Line)> items, ref int position, int indent)
    {
        var first = items[position];
        return first.Text.StartsWith("- ", StringComparison.Ordinal) || first.Text == "-"
            ? ParseSequence(items, ref position, indent)
            : ParseMapping(items, ref position, indent);
    }

    private static YamlSequence ParseSequence(List<(int Indent, string Text, int Line)> items, ref int position, int indent)
    {
        var list = new List<YamlNode>();
        var line = items[position].Line;
        while (position < items.Count && items[position].Indent == indent && (items[position].Text.StartsWith("- ", StringComparison.Ordinal) || items[position].Text == "-"))
        {
            var (_, text, itemLine) = items[position];
            var rest = text.Length > 1 ? text[2..].TrimStart() : "";
            var restIndent = indent + (text.Length - text[1..].TrimStart().Length) + (text.Length > 1 ? 0 : 1);
            if (rest.Length == 0)
            {
                position++;
                if (position >= items.Count || items[position].Indent <= indent) throw new YamlException("列表项为空 / empty list item", itemLine);
                list.Add(ParseBlock(items, ref position, items[position].Indent));
            }
            else if (SplitKey(rest) is not null)
            {
                // "- key: value" opens a mapping whose further keys are indented to the first key.
                items[position] = (restIndent, rest, itemLine);
                list.Add(ParseMapping(items, ref position, restIndent));
            }
            else
            {
                list.Add(Scalar(rest, itemLine));
                position++;
            }
        }
        if (position < items.Count && items[position].Indent > indent) throw new YamlException("缩进不一致 / inconsistent indentation", items[position].Line);
        return new YamlSequence(list, line);
    }

    private static YamlMapping ParseMapping(List<(int Indent, string Text, int Line)> items, ref int position, int indent)
    {
        var entries = new List<YamlEntry>();
        var line = items[position].Line;
        while (position < items.Count && items[position].Indent == indent)
        {
            var (_, text, entryLine) = items[position];
            if (text.StartsWith("- ", StringComparison.Ordinal)) break;
            var split = SplitKey(text) ?? throw new YamlException($"应为「键: 值」，发现「{text}」/ expected key: value", entryLine);
            if (entries.Any(e => e.Key == split.Key)) throw new YamlException($"键「{split.Key}」重复 / duplicate key {split.Key}", entryLine);
            position++;
            YamlNode value;
            if (split.Value.Length > 0) value = Scalar(split.Value, entryLine);
            else if (position < items.Count && (items[position].Indent > indent || (items[position].Indent == indent && items[position].Text.StartsWith("- ", StringComparison.Ordinal))))
                value = ParseBlock(items, ref position, items[position].Indent);
            else value = new YamlScalar("", entryLine);
            entries.Add(new YamlEntry(split.Key, value, entryLine));
        }
        if (position < items.Count && items[position].Indent > indent) throw new YamlException("缩进不一致 / inconsistent indentation", items[position].Line);
        return new YamlMapping(entries, line);
    }

    /// <summary>"key: value" → (key, value); null where the text is not a key (no colon followed by a space or the end).</summary>
    private static (string Key, string Value)? SplitKey(string text)
    {
        if (text.StartsWith('"') || text.StartsWith('\'') || text.StartsWith('[')) return null;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ':' || (i + 1 < text.Length && text[i + 1] != ' ')) continue;
            var key = text[..i].Trim();
            return key.Length == 0 || key.Contains(' ') ? null : (key, text[(i + 1)..].Trim());
        }
        return null;
    }

    private static YamlNode Scalar(string text, int line)
    {
        if (text.StartsWith('['))
        {
            if (!text.EndsWith(']')) throw new YamlException($"列表缺少「]」：{text} / unclosed list", line);
            var inner = text[1..^1];
            var parts = inner.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return new YamlSequence(parts.Select(p => (YamlNode)new YamlScalar(Unquote(p, line), line)).ToList(), line);
        }
        return new YamlScalar(Unquote(StripComment(text), line), line);
    }

    private static string StripComment(string text)
    {
        if (text.StartsWith('"') || text.StartsWith('\'')) return text;
        var hash = text.IndexOf(" #", StringComparison.Ordinal);
        return hash < 0 ? text : text[..hash].TrimEnd();
    }

    private static string Unquote(string text, int line)
    {
        if (text.Length == 0 || (text[0] != '"' && text[0] != '\'')) return text;
        var quote = text[0];
        var end = text.LastIndexOf(quote);
        if (end == 0) throw new YamlException($"引号未闭合：{text} / unclosed quote", line);
        var after = text[(end + 1)..].Trim();
        if (after.Length > 0 && !after.StartsWith('#')) throw new YamlException($"引号后还有内容：{text} / text after the closing quote", line);
        var inner = text[1..end];
        return quote == '"' ? inner.Replace("\\\"", "\"") : inner.Replace("''", "'");
    }
}
