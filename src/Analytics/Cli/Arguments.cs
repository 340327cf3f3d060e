namespace Analytics.Cli;

/// <summary>A verb's arguments: <c>--name value</c> options, <c>--flag</c> switches and positional values.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> switches = new(StringComparer.Ordinal);

    private Arguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    public bool Help => switches.Contains("help");

    /// <summary>Parses <paramref name="args"/>; <paramref name="valued"/> names the options that take a value.</summary>
    public static Arguments Parse(string[] args, string[] valued, string[] flags)
    {
        var positional = new List<string>();
        var result = new Arguments(positional);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                result.switches.Add("help");
                continue;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }
            var name = arg[2..];
            string? inline = null;
            if (name.IndexOf('=') is var eq and > 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }
            if (valued.Contains(name))
            {
                var value = inline ?? (i + 1 < args.Length ? args[++i] : throw new UsageException($"选项 --{name} 缺少取值 / option --{name} needs a value"));
                result.options[name] = value;
            }
            else if (flags.Contains(name))
            {
                result.switches.Add(name);
            }
            else
            {
                throw new UsageException($"未知选项 / unknown option: --{name}");
            }
        }
        return result;
    }

    public string? Get(string name) => options.GetValueOrDefault(name);

    public bool Has(string name) => switches.Contains(name);

    public int GetInt(string name, int fallback)
    {
        var value = Get(name);
        if (value is null) return fallback;
        return int.TryParse(value, out var parsed) && parsed > 0
            ? parsed
            : throw new UsageException($"--{name} 应为正整数，发现「{value}」 / --{name} must be a positive whole number, found \"{value}\"");
    }

    public string DataDirectory => Get("data") ?? Core.Ingest.Store.DataStore.DefaultRoot;
}
