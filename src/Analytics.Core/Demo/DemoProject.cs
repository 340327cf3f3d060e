using Analytics.Core.Ingest;

namespace Analytics.Core.Demo;

/// <summary>
/// A generated project with its whole life, including what has not happened yet at the ledgers' date
/// and the termination date, which ledgers do not record.
/// </summary>
internal sealed class DemoProject
{
    public string Id { get; set; } = "";

    public InvestmentBand Band { get; set; }

    /// <summary>协议总投资, in 亿元 (4 decimals at most).</summary>
    public decimal Investment { get; set; }

    public DateOnly? SignedOn { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? ProducingOn { get; set; }

    public DateOnly? InStatsOn { get; set; }

    public DateOnly? TerminatedOn { get; set; }

    /// <summary>Talks broke off before signing (terminated, no dates). Talks may also break off later, on <see cref="TerminatedOn"/>.</summary>
    public bool TalksBrokeOff { get; set; }

    public string Name { get; set; } = "";

    public string Investor { get; set; } = "";

    public string Region { get; set; } = "";

    public string IndustryChain { get; set; } = "";

    public string FundSource { get; set; } = "";

    public string ProjectType { get; set; } = "";

    public string InvestorType { get; set; } = "";

    public string Method { get; set; } = "";

    /// <summary>The second edition's columns (企业类别, 投资方所在地, 重点项目 …); the negotiation stage applies while in talks.</summary>
    public ProjectDetails Details { get; set; } = new();

    /// <summary>Funds in place by month (first day), in 亿元, over the whole life, later months included.</summary>
    public List<(DateOnly Month, decimal Amount)> Funds { get; } = [];

    /// <summary>Orders projects with the same signing day (ids follow signing order).</summary>
    public ulong TieBreak { get; set; }

    public bool AtLeastOneYi => Band != InvestmentBand.Under1;

    /// <summary>
    /// Started by <paramref name="date"/>, not producing by it, and never terminated: ledgers record only the
    /// current status, so a project terminated at any time no longer counts as under construction.
    /// </summary>
    public bool UnderConstructionAt(DateOnly date) => StartedOn <= date && !(ProducingOn <= date) && TerminatedOn is null;

    /// <summary>Whether the ledgers of <paramref name="today"/> list the project: talks and signings up to 90 days ahead are known.</summary>
    public bool IsKnownAt(DateOnly today) => SignedOn is not { } signed || signed.DayNumber <= today.DayNumber + 90;

    /// <summary>
    /// The ledger row as of <paramref name="today"/>: later dates are not known yet; the status is 已终止
    /// for a dropped project, else the latest milestone reached (入统 before 投产 on the same day).
    /// </summary>
    public ProjectRecord ToRecord(DateOnly today)
    {
        var signed = Known(SignedOn, today);
        var started = signed is null ? null : Known(StartedOn, today);
        var producing = started is null ? null : Known(ProducingOn, today);
        var inStats = started is null ? null : Known(InStatsOn, today);
        var status = TalksBrokeOff || TerminatedOn <= today ? DemoVocabulary.Terminated
            : inStats is { } i && !(producing > i) ? DemoVocabulary.InStats
            : producing is not null ? DemoVocabulary.Producing
            : started is not null ? DemoVocabulary.Started
            : signed is not null ? DemoVocabulary.Signed
            : DemoVocabulary.Negotiating;
        // The stage and the expected date describe talks: a signed project no longer has them; 拟签约 expects the real date.
        var details = status == DemoVocabulary.Negotiating
            ? Details with { ExpectedSigningOn = Details.NegotiationStage == "拟签约" ? SignedOn : null, SigningEvent = null }
            : Details with { NegotiationStage = null, SigningEvent = signed is null ? null : Details.SigningEvent };
        // A lead is recorded before the talks are known to the ledger of a given day, never after it.
        if (details.RegisteredOn > today) details = details with { RegisteredOn = today };
        return new ProjectRecord(Id, Name, Investor, Region, IndustryChain, FundSource, Investment,
            signed, started, producing, inStats, status, ProjectType, InvestorType, Method, details);
    }

    private static DateOnly? Known(DateOnly? date, DateOnly today) => date <= today ? date : null;
}
