using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;

namespace Analytics.Cli;

/// <summary>
/// An option whose value is one of an enum's members, written in snake case on the command line
/// (<c>IndustryChain</c> ↔ <c>industry_chain</c>): help and errors list the allowed values, and tab completion offers them.
/// </summary>
internal static class ChoiceOption
{
    /// <summary>The command-line name of an enum member: <c>industry_chain</c>.</summary>
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>A required option.</summary>
    public static Option<T> Required<T>(string name, string description) where T : struct, Enum
    {
        var choices = Choices<T>(null);
        var option = new Option<T>(name)
        {
            Description = Describe(description, choices.Keys),
            HelpName = HelpName(name, choices.Keys),
            Required = true,
            CustomParser = result => Parse(name, choices, result) ?? default,
        };
        option.CompletionSources.Clear(); // not the enum's own member names
        option.CompletionSources.Add(choices.Keys.ToArray());
        return option;
    }

    /// <summary>An option that may be left out (its value is then null; the description says what that means); <paramref name="allowed"/> narrows the members.</summary>
    public static Option<T?> Optional<T>(string name, string description, IReadOnlyList<T>? allowed = null) where T : struct, Enum
    {
        var choices = Choices(allowed);
        var option = new Option<T?>(name)
        {
            Description = Describe(description, choices.Keys),
            HelpName = HelpName(name, choices.Keys),
            CustomParser = result => Parse(name, choices, result),
        };
        option.CompletionSources.Clear(); // not the enum's own member names
        option.CompletionSources.Add(choices.Keys.ToArray());
        return option;
    }

    /// <summary>A short list of values names the value in the usage line (<c>--format &lt;table|json&gt;</c>); a long one is listed in the description.</summary>
    private static string HelpName(string name, IEnumerable<string> values)
    {
        var list = string.Join("|", values);
        return list.Length <= 24 ? list : name.TrimStart('-').ToUpperInvariant();
    }

    private static string Describe(string description, IEnumerable<string> values) =>
        string.Join("|", values).Length <= 24 ? description : $"{description}: {string.Join(", ", values)}";

    private static Dictionary<string, T> Choices<T>(IReadOnlyList<T>? allowed) where T : struct, Enum =>
        (allowed ?? Enum.GetValues<T>()).ToDictionary(Name, v => v, StringComparer.Ordinal);

    private static T? Parse<T>(string name, Dictionary<string, T> choices, ArgumentResult result) where T : struct, Enum
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (choices.TryGetValue(token, out var value)) return value;
        result.AddError($"{name} 的值「{token}」无效，可用：{string.Join("、", choices.Keys)} / {name}: \"{token}\" is not one of {string.Join(", ", choices.Keys)}");
        return null;
    }
}
