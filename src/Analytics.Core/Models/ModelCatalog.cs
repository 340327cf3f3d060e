using System.Text.RegularExpressions;

namespace Analytics.Core.Models;

/// <summary>
/// The models of a <c>sql/</c> folder: <c>staging/*.sql</c> and <c>marts/*.sql</c>, each with a header
/// of <c>-- key: value</c> lines (materialized, depends, grain, test), and <c>tests/assert_*.sql</c>.
/// </summary>
public sealed partial class ModelCatalog
{
    private static readonly string[] Layers = ["staging", "intermediate", "marts"];

    private ModelCatalog(IReadOnlyList<ModelDefinition> models, IReadOnlyList<DataTest> assertions)
    {
        Models = models;
        Assertions = assertions;
    }

    public IReadOnlyList<ModelDefinition> Models { get; }

    /// <summary>Custom assertions from <c>tests/assert_*.sql</c>.</summary>
    public IReadOnlyList<DataTest> Assertions { get; }

    public ModelDefinition? Find(string name) => Models.FirstOrDefault(m => m.Name == name);

    /// <summary>The product's own <c>sql/</c> folder: <c>ANALYTICS_HOME/sql</c>, else found upwards from the executable.</summary>
    public static string DefaultDirectory
    {
        get
        {
            if (Environment.GetEnvironmentVariable("ANALYTICS_HOME") is { Length: > 0 } home && Directory.Exists(Path.Combine(home, "sql")))
                return Path.Combine(home, "sql");
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "sql", "staging"))) return Path.Combine(dir.FullName, "sql");
            throw new ModelException("找不到 sql/ 目录 / cannot find the sql/ folder (set ANALYTICS_HOME)");
        }
    }

    public static ModelCatalog Load(string directory)
    {
        var models = new List<ModelDefinition>();
        foreach (var layer in Layers)
        {
            var folder = Path.Combine(directory, layer);
            if (!Directory.Exists(folder)) continue;
            foreach (var path in Directory.EnumerateFiles(folder, "*.sql").Order(StringComparer.Ordinal))
                models.Add(Parse(path, layer));
        }
        var assertions = new List<DataTest>();
        var tests = Path.Combine(directory, "tests");
        if (Directory.Exists(tests))
        {
            foreach (var path in Directory.EnumerateFiles(tests, "assert_*.sql").Order(StringComparer.Ordinal))
            {
                var (header, body) = Split(File.ReadAllText(path));
                var name = System.IO.Path.GetFileNameWithoutExtension(path);
                assertions.Add(new DataTest(header.GetValueOrDefault("model")?.FirstOrDefault() ?? name, name, body));
            }
        }
        foreach (var duplicate in models.GroupBy(m => m.Name).Where(g => g.Count() > 1))
            throw new ModelException($"模型重名 / duplicate model name: {duplicate.Key} ({string.Join(", ", duplicate.Select(m => m.Path))})");
        return new ModelCatalog(models, assertions);
    }

    private static ModelDefinition Parse(string path, string layer)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var (header, body) = Split(File.ReadAllText(path));
        var materialized = header.GetValueOrDefault("materialized")?.FirstOrDefault() ?? "table";
        var materialization = materialized switch
        {
            "table" => Materialization.Table,
            "macro" or "macro(as_of)" => Materialization.Macro,
            _ => throw new ModelException($"{path}: 未知的 materialized「{materialized}」/ unknown materialization, expected table or macro(as_of)"),
        };
        var depends = (header.GetValueOrDefault("depends") ?? [])
            .SelectMany(d => d.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(d => !d.StartsWith("raw.", StringComparison.Ordinal))
            .ToList();
        var tests = (header.GetValueOrDefault("test") ?? []).Select(t => DeclaredTests.Compile(name, t, path)).ToList();
        return new ModelDefinition(name, layer, path, materialization, depends,
            header.GetValueOrDefault("grain")?.FirstOrDefault() ?? "", body, tests);
    }

    /// <summary>Splits the leading <c>-- key: value</c> lines from the SQL body.</summary>
    private static (Dictionary<string, List<string>> Header, string Body) Split(string text)
    {
        var header = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var match = HeaderLine().Match(line.TrimEnd('\r'));
            if (!match.Success) continue;
            var key = match.Groups["key"].Value;
            if (!header.TryGetValue(key, out var values)) header[key] = values = [];
            values.Add(match.Groups["value"].Value.Trim());
        }
        var body = string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal) || !HeaderLine().IsMatch(l.TrimEnd('\r'))));
        return (header, body.Trim().TrimEnd(';'));
    }

    [GeneratedRegex(@"^--\s*(?<key>model|materialized|depends|grain|test):\s*(?<value>.*)$")]
    private static partial Regex HeaderLine();
}
