namespace Analytics.Core.Models;

/// <summary>A SQL model read from <c>sql/</c>: its name, layer, what it reads, how it is built, and its tests.</summary>
/// <param name="Layer">The folder: <c>staging</c> or <c>marts</c>.</param>
/// <param name="Depends">The models it reads (raw ledger tables are not models).</param>
/// <param name="Body">The SELECT that defines it; for a macro, <c>as_of</c> is the as-of date.</param>
public sealed record ModelDefinition(
    string Name,
    string Layer,
    string Path,
    Materialization Materialization,
    IReadOnlyList<string> Depends,
    string Grain,
    string Body,
    IReadOnlyList<DataTest> Tests)
{
    /// <summary>The statement that builds the model into a data version.</summary>
    public string CreateStatement => Materialization == Materialization.Table
        ? $"create or replace table {Name} as\n{Body}"
        : $"create or replace macro {Name}(as_of) as table\n{Body}";
}
