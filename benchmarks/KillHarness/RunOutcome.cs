namespace KillHarness;

/// <summary>One run: when the kill came, whether the import had already ended, what was current after, and what went wrong.</summary>
/// <param name="KillAfterMs">Milliseconds from starting the process to the kill.</param>
/// <param name="Served">"old" or "new": which version's data was current after the kill; anything else is a mix.</param>
/// <param name="Failures">Empty when every check of the run passed.</param>
public sealed record RunOutcome(int Run, KillMoment Moment, double KillAfterMs, bool EndedBeforeKill, KillPhase Phase, string Served, IReadOnlyList<string> Failures);
