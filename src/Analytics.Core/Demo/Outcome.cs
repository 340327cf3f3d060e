namespace Analytics.Core.Demo;

/// <summary>How a project's life goes, relative to the plan's reference date where one is named.</summary>
internal enum Outcome
{
    /// <summary>Still in talks: no dates.</summary>
    Talks,

    /// <summary>Talks broke off: no dates, terminated.</summary>
    TalksTerminated,

    /// <summary>Signed, never started.</summary>
    SignedOnly,

    /// <summary>Signed, dropped before starting.</summary>
    TerminatedUnstarted,

    /// <summary>Started in the segment's window; neither producing nor terminated by the reference date.</summary>
    Ongoing,

    /// <summary>Started in the segment's window and producing by the reference date.</summary>
    ProducedByReference,

    /// <summary>Started in the segment's window and terminated by the reference date, never producing.</summary>
    TerminatedByReference,

    /// <summary>Started (window or lag); later producing or, rarely, terminated, with no reference constraint.</summary>
    Evolving,
}
