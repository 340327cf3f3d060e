using Analytics.Core.Ingest.Ledgers;

namespace Analytics.Core.Tests.Ingest;

/// <summary>
/// One bad input of the corpus: how to write its files (returning the paths to import, in order) and
/// the exact problem lines it must produce, Chinese then English for each problem, from the first.
/// </summary>
public sealed record CorpusCase(string Name, Func<string, string[]> Write, string[] Lines, LedgerKind? Kind = null)
{
    public override string ToString() => Name;
}
