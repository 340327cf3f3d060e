namespace Analytics.Core.Demo;

/// <summary>When a segment's projects start: within a fixed window, or some weeks to months after signing.</summary>
internal sealed record StartRule(DateOnly From, DateOnly To, bool AfterSigning)
{
    /// <summary>Starts 20 to 420 days after signing, most within a few months.</summary>
    public static readonly StartRule Lag = new(DateOnly.MinValue, DateOnly.MaxValue, true);

    public static StartRule Within(DateOnly from, DateOnly to) => new(from, to, false);
}
