namespace Analytics.Charts.Specs;

/// <summary>One member's progress: actual and yearly target in the spec's unit.</summary>
/// <param name="Name">Member, e.g. a region or "全市".</param>
/// <param name="Actual">Achieved so far.</param>
/// <param name="Target">The yearly target; zero or less means no target (no completion, no light).</param>
public sealed record GaugeRow(string Name, decimal Actual, decimal Target)
{
    /// <summary>Actual / target as a fraction, or null without a target.</summary>
    public decimal? Completion => Target > 0 ? Actual / Target : null;
}
