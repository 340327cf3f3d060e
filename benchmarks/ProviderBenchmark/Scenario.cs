namespace ProviderBenchmark;

/// <summary>One benchmark: the same work done by every contender, the first of which is the one judged.</summary>
public sealed record Scenario(string Title, long Rows, IReadOnlyList<Measurement> Contenders)
{
    public Measurement Ours => Contenders[0];

    public Measurement Find(string label) => Contenders.Single(c => c.Contender == label);

    /// <summary>True when every contender's fingerprint equals ours (they all read or wrote the same values).</summary>
    public bool SameResults => Contenders.All(c => c.Fingerprint == Ours.Fingerprint);
}
