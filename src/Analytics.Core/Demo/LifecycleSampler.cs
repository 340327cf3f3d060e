namespace Analytics.Core.Demo;

/// <summary>Draws a project's dates within its segment's constraints, keeping 签约 ≤ 开工 ≤ 投产 and 入统 after 开工.</summary>
/// <param name="year">The cohort's year: talks that do not lead to a signing mostly break off within two years of it.</param>
internal sealed class LifecycleSampler(DemoRandom random, int year, DateOnly? reference)
{
    // Fewer signings around the Spring Festival, more before mid-year and year-end reviews.
    private static readonly double[] MonthWeights = [0.6, 0.5, 1.0, 1.0, 1.1, 1.2, 0.9, 0.9, 1.1, 0.9, 1.2, 1.3];

    private readonly Dictionary<(DateOnly, DateOnly), double[]> _signingWeights = [];

    public void Sample(DemoProject project, CohortSegment segment, Outcome outcome)
    {
        if (outcome is Outcome.Talks or Outcome.TalksTerminated)
        {
            project.TalksBrokeOff = outcome == Outcome.TalksTerminated;
            if (outcome == Outcome.Talks && random.Chance(0.7))
            {
                project.TerminatedOn = new DateOnly(year, 12, 31).AddDays(random.Between(90, 600));
            }

            return;
        }

        var started = outcome is Outcome.Ongoing or Outcome.ProducedByReference or Outcome.TerminatedByReference or Outcome.Evolving;
        var (startFrom, startTo) = started ? StartWindow(segment, outcome) : (DateOnly.MinValue, DateOnly.MaxValue);
        var signed = SigningDay(segment.SignFrom, Min(segment.SignTo, startTo));
        project.SignedOn = signed;

        switch (outcome)
        {
            case Outcome.SignedOnly:
                return;
            case Outcome.TerminatedUnstarted:
                project.TerminatedOn = Uniform(signed.AddDays(60), signed.AddDays(720));
                return;
        }

        var start = segment.Start.AfterSigning
            ? signed.AddDays(Lagged(20, 420))
            : Max(startFrom, signed).AddDays(Lagged(0, startTo.DayNumber - Max(startFrom, signed).DayNumber));
        project.StartedOn = start;

        var r = reference ?? DateOnly.MaxValue;
        switch (outcome)
        {
            case Outcome.ProducedByReference:
                project.ProducingOn = Uniform(start.AddDays(180), r);
                break;
            case Outcome.TerminatedByReference:
                project.TerminatedOn = Uniform(start.AddDays(30), r);
                break;
            case Outcome.Ongoing when random.Chance(0.5):
                var from = Max(start.AddDays(240), r.AddDays(1));
                project.ProducingOn = Uniform(from, from.AddDays(900));
                break;
            case Outcome.Evolving when random.Chance(0.03):
                project.TerminatedOn = Uniform(start.AddDays(30), start.AddDays(540));
                break;
            case Outcome.Evolving when random.Chance(0.62):
                project.ProducingOn = Uniform(start.AddDays(240), start.AddDays(1100));
                break;
        }

        project.InStatsOn = InStats(project, segment.Stats, start, r);
        if (project.InStatsOn > project.TerminatedOn)
        {
            project.InStatsOn = null;
        }
    }

    private (DateOnly From, DateOnly To) StartWindow(CohortSegment segment, Outcome outcome)
    {
        if (segment.Start.AfterSigning)
        {
            return (DateOnly.MinValue, DateOnly.MaxValue);
        }

        var to = segment.Start.To;
        var r = reference ?? DateOnly.MaxValue;
        // Leave room for what must still happen by the reference date.
        if (outcome == Outcome.ProducedByReference)
        {
            to = Min(to, r.AddDays(-180));
        }
        else if (outcome == Outcome.TerminatedByReference)
        {
            to = Min(to, r.AddDays(-60));
        }
        else if (segment.Stats == StatsRule.ByReference)
        {
            to = Min(to, r.AddDays(-15));
        }

        return (segment.Start.From, to);
    }

    private DateOnly? InStats(DemoProject project, StatsRule rule, DateOnly start, DateOnly r)
    {
        switch (rule)
        {
            case StatsRule.ByReference:
                return Uniform(start.AddDays(15), Min(start.AddDays(200), r));
            case StatsRule.AfterReference:
                if (!random.Chance(0.55))
                {
                    return null;
                }

                var from = Max(start.AddDays(15), r.AddDays(1));
                return Uniform(from, from.AddDays(200));
            default:
                return random.Chance(project.AtLeastOneYi ? 0.75 : 0.45) ? start.AddDays(random.Between(15, 200)) : null;
        }
    }

    private DateOnly SigningDay(DateOnly from, DateOnly to)
    {
        if (!_signingWeights.TryGetValue((from, to), out var cumulative))
        {
            cumulative = new double[to.DayNumber - from.DayNumber + 1];
            var total = 0.0;
            for (var i = 0; i < cumulative.Length; i++)
            {
                total += MonthWeights[from.AddDays(i).Month - 1];
                cumulative[i] = total;
            }

            _signingWeights[(from, to)] = cumulative;
        }

        var x = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, x);
        return from.AddDays(Math.Min(index < 0 ? ~index : index, cumulative.Length - 1));
    }

    /// <summary>A number of days in [min, max], most of them near the start of the range.</summary>
    private int Lagged(int min, int max)
    {
        var span = max - min;
        var mean = Math.Clamp(span / 3.0, 10, 120);
        var lag = (int)(-mean * Math.Log(1 - random.NextDouble()));
        return min + (lag <= span ? lag : random.Between(0, span));
    }

    private DateOnly Uniform(DateOnly from, DateOnly to) =>
        to < from ? from : from.AddDays(random.Between(0, to.DayNumber - from.DayNumber));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
