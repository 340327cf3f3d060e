namespace KillHarness;

/// <summary>How a run picks its kill moment.</summary>
public enum KillMoment
{
    /// <summary>Uniformly over 0–115 % of an uninterrupted import.</summary>
    Anywhere,
    /// <summary>Uniformly over 70–115 %, where the short final steps are.</summary>
    Late,
    /// <summary>0–3 ms after the publish step shows on disk (a raw part copy or the build's manifest appears).</summary>
    AtPublish,
}
