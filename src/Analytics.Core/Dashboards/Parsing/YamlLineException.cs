namespace Analytics.Core.Dashboards.Parsing;

/// <summary>YAML that cannot be read, or a key or value that is wrong; <see cref="Line"/> is 1-based in the dashboard file.</summary>
internal sealed class YamlLineException(string message, int line) : Exception(message)
{
    public int Line { get; } = line;
}
