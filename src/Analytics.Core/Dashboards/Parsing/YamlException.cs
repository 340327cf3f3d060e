namespace Analytics.Core.Dashboards.Parsing;

/// <summary>A line the YAML subset cannot read; <see cref="Line"/> is 1-based in the file.</summary>
internal sealed class YamlException(string message, int line) : Exception(message)
{
    public int Line { get; } = line;
}
