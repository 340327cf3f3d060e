namespace Analytics.Core.Dashboards.Parsing;

/// <summary>
/// Reads a dashboard file: the front matter between the first two <c>---</c> lines (title, audience, period,
/// description, digests) and the Markdown body after it. Every mistake is a <see cref="DashboardException"/> naming
/// the file and the line.
/// </summary>
internal static class FrontMatterReader
{
    private static readonly string[] PageKeys = ["title", "audience", "period", "description", "digests"];
    private static readonly string[] DigestKeys = ["name", "cron", "timezone", "recipients", "asOf", "subject"];

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
        YamlMapping header;
        try
        {
            header = MiniYaml.Parse(lines.GetRange(1, end - 1), 2) as YamlMapping
                ?? throw new YamlException("前言应为「键: 值」行 / front matter must be key: value lines", 2);
        }
        catch (YamlException e)
        {
            throw Error(file, e.Line, e.Message);
        }
        foreach (var entry in header.Entries.Where(e => !PageKeys.Contains(e.Key)))
            throw Error(file, entry.Line, $"未知的前言项「{entry.Key}」，可用：{string.Join("、", PageKeys)} / unknown front matter key");
        var title = Text(file, header, "title") ?? throw Error(file, 1, "前言缺少 title / the front matter needs a title");
        var audienceText = Text(file, header, "audience") ?? throw Error(file, 1, "前言缺少 audience（public 或 internal）/ the front matter needs an audience");
        var audience = audienceText switch
        {
            "public" => Audience.Public,
            "internal" => Audience.Internal,
            _ => throw Error(file, header.Find("audience")!.Line, $"audience 应为 public 或 internal，发现「{audienceText}」/ audience must be public or internal"),
        };
        var periodText = Text(file, header, "period") ?? "ytd";
        var period = PeriodText.Parse(periodText)
            ?? throw Error(file, header.Find("period")!.Line, $"period 应为 ytd、month 或 week，发现「{periodText}」/ period must be ytd, month or week");
        var digests = Digests(file, header.Find("digests"));
        var body = string.Join('\n', lines.Skip(end + 1));
        return new Dashboard(name, title, audience, period, digests, body, path) { BodyLine = end + 2 };
    }

    private static List<DigestDefinition> Digests(string file, YamlEntry? entry)
    {
        if (entry is null) return [];
        if (entry.Value is not YamlSequence list)
            throw Error(file, entry.Line, "digests 应为列表（每项以「- name:」开头）/ digests must be a list");
        var digests = new List<DigestDefinition>();
        foreach (var item in list.Items)
        {
            if (item is not YamlMapping map) throw Error(file, item.Line, "每个 digest 应为「键: 值」项 / each digest must be key: value lines");
            foreach (var unknown in map.Entries.Where(e => !DigestKeys.Contains(e.Key)))
                throw Error(file, unknown.Line, $"未知的 digest 项「{unknown.Key}」，可用：{string.Join("、", DigestKeys)} / unknown digest key");
            var name = Required(file, map, "name");
            if (digests.Any(d => d.Name == name)) throw Error(file, map.Find("name")!.Line, $"digest 名称「{name}」重复 / duplicate digest name");
            var cron = Required(file, map, "cron");
            var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (fields is < 6 or > 7)
                throw Error(file, map.Find("cron")!.Line, $"cron 应为 Quartz 格式（秒 分 时 日 月 周 [年]，6 或 7 段），发现 {fields} 段「{cron}」/ a Quartz cron has 6 or 7 fields");
            var zone = Required(file, map, "timezone");
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
                throw Error(file, map.Find("timezone")!.Line, $"未知时区「{zone}」，例如 Asia/Shanghai / unknown time zone");
            var rule = Required(file, map, "asOf");
            if (!DigestDefinition.AsOfRules.Contains(rule))
                throw Error(file, map.Find("asOf")!.Line, $"asOf 应为 {string.Join("、", DigestDefinition.AsOfRules)}，发现「{rule}」/ unknown as-of rule");
            var recipients = map.Find("recipients") switch
            {
                { Value: YamlSequence s } => s.Items.OfType<YamlScalar>().Select(v => v.Value).Where(v => v.Length > 0).ToList(),
                { Value: YamlScalar s } when s.Value.Length > 0 => [s.Value],
                _ => [],
            };
            if (recipients.Count == 0) throw Error(file, map.Line, "digest 缺少 recipients（收件人名单）/ the digest needs recipients");
            var subject = map.Find("subject") is { Value: YamlScalar { Value.Length: > 0 } s2 } ? s2.Value : DefaultSubject;
            digests.Add(new DigestDefinition(name, cron, zone, recipients, rule, subject));
        }
        return digests;
    }

    private static string Required(string file, YamlMapping map, string key) =>
        map.Find(key) is { Value: YamlScalar { Value.Length: > 0 } s } ? s.Value
        : throw Error(file, map.Find(key)?.Line ?? map.Line, $"digest 缺少 {key} / the digest needs {key}");

    private static string? Text(string file, YamlMapping map, string key)
    {
        var entry = map.Find(key);
        if (entry is null) return null;
        if (entry.Value is not YamlScalar scalar) throw Error(file, entry.Line, $"{key} 应为一个值 / {key} must be a single value");
        return scalar.Value.Length == 0 ? null : scalar.Value;
    }

    public static DashboardException Error(string file, int line, string message) => new($"{file} 第{line}行：{message}");
}
