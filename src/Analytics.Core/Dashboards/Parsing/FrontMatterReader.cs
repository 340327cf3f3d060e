using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Analytics.Core.Dashboards.Parsing;

/// <summary>
/// Reads a dashboard file: the front matter between the first two <c>---</c> lines, parsed with YamlDotNet into
/// <see cref="FrontMatter"/>, and the Markdown body after it. Every mistake (YAML syntax, an unknown key, a value of the
/// wrong type or out of range) is a <see cref="DashboardException"/> naming the file, the line and the key.
/// </summary>
internal static class FrontMatterReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>What a key's value must be, for the message when it is of the wrong type.</summary>
    private static readonly Dictionary<string, string> Shapes = new(StringComparer.Ordinal)
    {
        ["digests"] = "应为列表，每项以「- name:」开头 / must be a list of digests",
        ["recipients"] = "应为名单列表，如 [leadership] / must be a list, e.g. [leadership]",
    };

    /// <summary>The subject of a digest that names none.</summary>
    public const string DefaultSubject = "{{ title }}（截至{{ asOf | date }}）";

    public static Dashboard Read(string path, string text)
    {
        var file = System.IO.Path.GetFileName(path);
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || lines[0].Trim() != "---")
            throw Error(file, 1, "文件应以「---」开头的前言（title、audience、period）/ the file must start with front matter between --- lines");
        var end = lines.FindIndex(1, l => l.Trim() == "---");
        if (end < 0) throw Error(file, 1, "前言缺少结束的「---」/ the front matter has no closing ---");
        var yamlLines = lines.GetRange(1, end - 1);
        YamlText yaml;
        FrontMatter header;
        try
        {
            yaml = YamlText.Load(yamlLines, 2);
            if (yaml.Root is not (null or YamlMappingNode)) throw new YamlLineException("前言应为「键: 值」行 / front matter must be key: value lines", 2);
            header = Deserialize(yaml, string.Join('\n', yamlLines));
        }
        catch (YamlLineException e)
        {
            throw Error(file, e.Line, e.Message);
        }
        var title = header.Title is { Length: > 0 } t ? t : throw Error(file, 1, "前言缺少 title / the front matter needs a title");
        var audience = header.Audience switch
        {
            "public" => Audience.Public,
            "internal" => Audience.Internal,
            null or "" => throw Error(file, 1, "前言缺少 audience（public 或 internal）/ the front matter needs an audience"),
            var other => throw Error(file, Line(yaml, yaml.Root, "audience"), $"audience 应为 public 或 internal，发现「{other}」/ audience must be public or internal"),
        };
        var periodText = header.Period is { Length: > 0 } p ? p : "ytd";
        var period = PeriodText.Parse(periodText)
            ?? throw Error(file, Line(yaml, yaml.Root, "period"), $"period 应为 ytd、month 或 week，发现「{periodText}」/ period must be ytd, month or week");
        var digests = Digests(file, yaml, header.Digests ?? []);
        var body = string.Join('\n', lines.Skip(end + 1));
        return new Dashboard(name, title, audience, period, digests, body, path) { BodyLine = end + 2 };
    }

    /// <summary>The typed front matter; an unknown key or a value of the wrong type names its line and key.</summary>
    private static FrontMatter Deserialize(YamlText yaml, string text)
    {
        try
        {
            return Deserializer.Deserialize<FrontMatter?>(text) ?? new FrontMatter();
        }
        catch (YamlException e)
        {
            var line = yaml.LineOf(e.Start);
            if (yaml.KeyAt(e.Start) is not var (path, onKey)) throw new YamlLineException($"前言有误（{e.Message}）/ bad front matter", line);
            var key = path[^1];
            if (onKey)
            {
                var inDigest = path.Count > 1;
                var allowed = inDigest ? DigestFrontMatter.Keys : FrontMatter.Keys;
                throw new YamlLineException(
                    $"未知的{(inDigest ? " digest " : "前言")}项「{key}」，可用：{string.Join("、", allowed)} / unknown {(inDigest ? "digest" : "front matter")} key \"{key}\"", line);
            }
            var shape = Shapes.GetValueOrDefault(key, "应为一个值（含 {{ }} 或「: 」的值请加引号）/ must be a single value (quote a value holding {{ }} or \": \")");
            throw new YamlLineException($"{key} 的值类型不对：{shape}", line);
        }
    }

    private static List<DigestDefinition> Digests(string file, YamlText yaml, List<DigestFrontMatter> written)
    {
        var nodes = (YamlText.Value(yaml.Root, "digests") as YamlSequenceNode)?.Children ?? [];
        var digests = new List<DigestDefinition>();
        for (var i = 0; i < written.Count; i++)
        {
            var digest = written[i];
            var node = i < nodes.Count ? nodes[i] : yaml.Root;
            int LineOf(string key) => Line(yaml, node, key);
            string Required(string? value, string key) =>
                value is { Length: > 0 } ? value : throw Error(file, LineOf(key), $"digest 缺少 {key} / the digest needs {key}");

            var name = Required(digest.Name, "name");
            if (digests.Any(d => d.Name == name)) throw Error(file, LineOf("name"), $"digest 名称「{name}」重复 / duplicate digest name");
            var cron = Required(digest.Cron, "cron");
            var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (fields is < 6 or > 7)
                throw Error(file, LineOf("cron"), $"cron 应为 Quartz 格式（秒 分 时 日 月 周 [年]，6 或 7 段），发现 {fields} 段「{cron}」/ a Quartz cron has 6 or 7 fields");
            var zone = Required(digest.TimeZone, "timezone");
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
                throw Error(file, LineOf("timezone"), $"未知时区「{zone}」，例如 Asia/Shanghai / unknown time zone");
            var rule = Required(digest.AsOf, "asOf");
            if (!DigestDefinition.AsOfRules.Contains(rule))
                throw Error(file, LineOf("asOf"), $"asOf 应为 {string.Join("、", DigestDefinition.AsOfRules)}，发现「{rule}」/ unknown as-of rule");
            var recipients = (digest.Recipients ?? []).Where(r => r is { Length: > 0 }).ToList();
            if (recipients.Count == 0) throw Error(file, yaml.LineOf(node ?? new YamlScalarNode()), "digest 缺少 recipients（收件人名单）/ the digest needs recipients");
            digests.Add(new DigestDefinition(name, cron, zone, recipients, rule, digest.Subject is { Length: > 0 } subject ? subject : DefaultSubject));
        }
        return digests;
    }

    /// <summary>The line of <paramref name="key"/> in <paramref name="map"/>, else of the mapping itself.</summary>
    private static int Line(YamlText yaml, YamlNode? map, string key) =>
        YamlText.Key(map, key) is { } found ? yaml.LineOf(found) : map is null ? 1 : yaml.LineOf(map);

    public static DashboardException Error(string file, int line, string message) => new($"{file} 第{line}行：{message}");
}
