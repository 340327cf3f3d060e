using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Analytics.Core.Dashboards.Parsing;

/// <summary>
/// YAML lines of a dashboard file (its front matter, a block's options) read with YamlDotNet, with every position
/// given as a line of the file: <c>firstLine</c> is the file's line number of the first line read.
/// </summary>
internal sealed class YamlText
{
    private readonly int firstLine;

    private YamlText(YamlNode? root, int firstLine)
    {
        Root = root;
        this.firstLine = firstLine;
    }

    /// <summary>The document's root node; null when the lines hold nothing but blanks and comments.</summary>
    public YamlNode? Root { get; }

    /// <summary>Reads <paramref name="lines"/>; a syntax error (tabs, indentation, an unclosed list or quote, a repeated key) is a <see cref="YamlLineException"/>.</summary>
    public static YamlText Load(IReadOnlyList<string> lines, int firstLine)
    {
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].TakeWhile(char.IsWhiteSpace).Contains('\t'))
                throw new YamlLineException("请用空格缩进，不要用制表符 / indent with spaces, not tabs", firstLine + i);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(string.Join('\n', lines)));
        }
        catch (YamlException e)
        {
            // An error found at the end of the text (an unclosed list or quote) is about the last line written.
            var last = lines.Select((l, i) => (l, i)).LastOrDefault(p => p.l.Trim().Length > 0).i;
            var line = Math.Min(Line(e.Start, firstLine), firstLine + last);
            var reason = Reason(e);
            throw new YamlLineException($"YAML 格式有误：{Chinese(reason)} / YAML syntax error: {reason}", line);
        }
        return new YamlText(stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, firstLine);
    }

    /// <summary>The file's line of a node.</summary>
    public int LineOf(YamlNode node) => Line(node.Start, firstLine);

    /// <summary>The file's line of a position YamlDotNet reported.</summary>
    public int LineOf(Mark mark) => Line(mark, firstLine);

    /// <summary>
    /// The keys leading to <paramref name="mark"/> (where a typed reading failed), outermost first (<c>digests</c>,
    /// <c>recipients</c>), and whether the mark is on the last key itself rather than in its value; null outside any key.
    /// </summary>
    public (IReadOnlyList<string> Path, bool OnKey)? KeyAt(Mark mark)
    {
        var path = new List<string>();
        var onKey = false;
        var node = Root;
        while (node is not null)
        {
            YamlNode? next = null;
            if (node is YamlMappingNode map)
            {
                foreach (var (key, value) in map.Children)
                {
                    if (Contains(key, mark))
                    {
                        path.Add((key as YamlScalarNode)?.Value ?? "");
                        onKey = true;
                        break;
                    }
                    if (!Contains(value, mark)) continue;
                    path.Add((key as YamlScalarNode)?.Value ?? "");
                    // A value that fails as a whole (a mapping where a list belongs) is this key's problem, not its first key's.
                    next = Compare(value.Start, mark) == 0 ? null : value;
                    break;
                }
            }
            else if (node is YamlSequenceNode list)
            {
                next = list.Children.FirstOrDefault(item => Contains(item, mark));
            }
            if (onKey) break;
            node = next;
        }
        return path.Count == 0 ? null : (path, onKey);
    }

    /// <summary>A mapping's value for <paramref name="key"/>, or null.</summary>
    public static YamlNode? Value(YamlNode? map, string key) =>
        map is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The entry of <paramref name="key"/> in a mapping (its key node carries the line), or null.</summary>
    public static YamlNode? Key(YamlNode? map, string key) =>
        map is YamlMappingNode m ? m.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == key) : null;

    private static bool Contains(YamlNode node, Mark mark) => Compare(node.Start, mark) <= 0 && Compare(mark, End(node)) < 0 || Compare(node.Start, mark) == 0;

    /// <summary>Where a node's text ends: YamlDotNet gives a collection's end as its start, so it is the end of its last descendant.</summary>
    private static Mark End(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.SelectMany(c => new[] { End(c.Key), End(c.Value) }).Append(node.End).MaxBy(m => (m.Line, m.Column))!,
        YamlSequenceNode list => list.Children.Select(End).Append(node.End).MaxBy(m => (m.Line, m.Column))!,
        _ => node.End,
    };

    private static int Compare(Mark a, Mark b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);

    private static int Line(Mark mark, int firstLine) => firstLine + (int)Math.Max(mark.Line, 1) - 1;

    /// <summary>What YamlDotNet's message means, for an author who reads Chinese.</summary>
    private static string Chinese(string reason) => reason switch
    {
        _ when reason.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) => "列表缺少「]」或「,」",
        _ when reason.Contains("flow mapping", StringComparison.OrdinalIgnoreCase) => "「{」缺少「}」（含 {{ }} 的值请加引号）",
        _ when reason.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) => "键重复",
        _ when reason.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) => "引号未闭合",
        _ when reason.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) => "缩进不一致，或值中有「: 」（请给值加引号）",
        _ when reason.Contains("did not find expected", StringComparison.OrdinalIgnoreCase) => "缩进不一致",
        _ => "应为「键: 值」行、列表或缩进一致的行",
    };

    /// <summary>YamlDotNet's message without its position prefix.</summary>
    private static string Reason(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        return (colon >= 0 ? message[(colon + 3)..] : message).Trim().TrimEnd('.');
    }
}
