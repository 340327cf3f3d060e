using System.Globalization;
using Analytics.Core.Dashboards.Parsing;
using YamlDotNet.RepresentationModel;

namespace Analytics.Core.Dashboards.Blocks;

/// <summary>A block's <c>key: value</c> lines (YAML, read with YamlDotNet), read with checks that name the option and what is expected.</summary>
internal sealed class BlockOptions(string kind, YamlNode? root, int number = 0)
{
    public string Kind => kind;

    /// <summary>The block's number on its page (0, 1, 2, … in document order), as its chart and table links name it.</summary>
    public int Number => number;

    /// <summary>The block's top-level list (a kpis block may be written as a bare list of figures).</summary>
    public YamlSequenceNode? List => root as YamlSequenceNode;

    private IEnumerable<string> Keys => (root as YamlMappingNode)?.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "") ?? [];

    /// <summary>Refuses options the block does not know.</summary>
    public void Allow(IReadOnlyList<string> keys)
    {
        if (root is YamlSequenceNode && kind != "kpis") throw new BlockException("应为「选项: 值」行，而不是列表");
        if (root is not (null or YamlMappingNode or YamlSequenceNode)) throw new BlockException("应为「选项: 值」行");
        foreach (var key in Keys.Where(k => !keys.Contains(k)))
            throw new BlockException($"未知选项「{key}」，可用：{string.Join("、", keys)}");
    }

    public YamlNode? Node(string key) => YamlText.Value(root, key);

    public string? String(string key) => Node(key) switch
    {
        null => null,
        YamlScalarNode { Value: null or "" } => null,
        YamlScalarNode s => s.Value,
        _ => throw new BlockException($"选项 {key} 应为一个值"),
    };

    public string Required(string key, IEnumerable<string>? allowed = null) =>
        String(key) ?? throw new BlockException($"缺少选项 {key}" + (allowed is null ? "" : $"，可用：{string.Join("、", allowed)}"));

    public string Choice(string key, IReadOnlyCollection<string> allowed, string? fallback = null)
    {
        var value = String(key) ?? fallback ?? throw new BlockException($"缺少选项 {key}，可用：{string.Join("、", allowed)}");
        return allowed.Contains(value) ? value : throw new BlockException($"选项 {key} 的值「{value}」无效，可用：{string.Join("、", allowed)}");
    }

    public int? Int(string key, int min, int max)
    {
        if (String(key) is not { } text) return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new BlockException($"选项 {key} 应为 {min}—{max} 的整数，发现「{text}」");
    }

    public bool Bool(string key, bool fallback) => String(key) switch
    {
        null => fallback,
        "true" or "yes" or "是" => true,
        "false" or "no" or "否" => false,
        var other => throw new BlockException($"选项 {key} 应为 true 或 false，发现「{other}」"),
    };

    /// <summary>A list option: <c>[a, b]</c>, <c>- a</c> lines, or a single value.</summary>
    public IReadOnlyList<string> Strings(string key) => Node(key) switch
    {
        null => [],
        YamlScalarNode { Value: null or "" } => [],
        YamlScalarNode s => s.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        YamlSequenceNode list => list.Children.Select(i => (i as YamlScalarNode)?.Value ?? throw new BlockException($"选项 {key} 的每一项应为一个值")).ToList(),
        _ => throw new BlockException($"选项 {key} 应为列表"),
    };
}
