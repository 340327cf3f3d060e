namespace ProviderBenchmark;

/// <summary>
/// Runs the contenders in rounds, one measured run each per round, so that load from elsewhere on the
/// machine falls on all of them alike rather than on whichever ran during it.
/// </summary>
public static class Rounds
{
    public static IReadOnlyList<Measurement> Run(string key, IReadOnlyList<Contender> contenders, int warmUps, int rounds)
    {
        foreach (var contender in contenders.Where(c => c.WarmUp is not null))
        {
            Log.Progress($"{key}: warming up {contender.Label}");
            for (var i = 0; i < warmUps; i++) contender.WarmUp!();
        }
        var measurements = contenders.Select(c => new Measurement(c.Label)).ToArray();
        for (var round = 1; round <= rounds; round++)
        {
            Log.Progress($"{key}: round {round} of {rounds}");
            for (var i = 0; i < contenders.Count; i++) measurements[i].Add(contenders[i].Run());
        }
        return measurements;
    }
}
