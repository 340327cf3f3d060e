namespace Analytics.Core.Demo;

/// <summary>
/// Spreads the money a project brings over some months from its signing on, and rescales a cohort's
/// funds so that their 1—11月 total of a year is exact.
/// </summary>
internal static class FundSchedule
{
    /// <summary>Fills <see cref="DemoProject.Funds"/> from the project's dates and investment.</summary>
    /// <param name="scale">A factor on the share of the investment that arrives (calibrated cohorts are rescaled afterwards).</param>
    public static void Fill(DemoRandom random, DemoProject project, double scale)
    {
        if (project.SignedOn is not { } signed)
        {
            return;
        }

        var first = FirstOfMonth(signed);
        var (last, share) = (project.TerminatedOn, project.ProducingOn, project.StartedOn) switch
        {
            ({ } terminated, _, { }) => (FirstOfMonth(terminated), Between(random, 0.2, 0.5)),
            ({ } terminated, _, null) => (FirstOfMonth(terminated), Between(random, 0.0, 0.08)),
            (null, { } producing, _) => (FirstOfMonth(producing).AddMonths(2), Between(random, 0.6, 0.95)),
            (null, null, { } started) => (FirstOfMonth(started).AddMonths(18), Between(random, 0.6, 0.95)),
            _ => (first.AddMonths(8), Between(random, 0.03, 0.12)),
        };
        var total = (double)project.Investment * share * scale;
        if (total < 0.001)
        {
            return;
        }

        var months = Math.Min(60, (last.Year - first.Year) * 12 + last.Month - first.Month + 1);
        var count = Math.Clamp((int)Math.Round(months * Between(random, 0.3, 0.55)), 1, months);
        var chosen = ChooseMonths(random, months, count);
        var weights = new double[count];
        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            // Little arrives before building starts (registered capital, land); most in the first year or so of building.
            var month = first.AddMonths(chosen[i]);
            var sinceStart = project.StartedOn is { } s ? (month.Year - s.Year) * 12 + month.Month - s.Month : -1;
            weights[i] = -Math.Log(1 - random.NextDouble()) * (sinceStart < 0 ? 0.2 : 1 / (1 + sinceStart / 3.0));
            sum += weights[i];
        }

        var decimals = random.Chance(0.4) ? 2 : 4;
        for (var i = 0; i < count; i++)
        {
            var amount = Math.Round((decimal)(total * weights[i] / sum), decimals, MidpointRounding.AwayFromZero);
            if (amount > 0)
            {
                project.Funds.Add((first.AddMonths(chosen[i]), amount));
            }
        }
    }

    /// <summary>
    /// Rescales the cohort's funds so that those of January to November of each calibrated year add up to
    /// exactly the plan's amount in 亿元 (4 decimals), the rounding remainder going to the largest. A whole
    /// calendar year takes the same factor, and years before the first (after the last) calibrated year take
    /// its factor, so that months run on smoothly.
    /// </summary>
    public static void Calibrate(IReadOnlyList<DemoProject> projects, IReadOnlyDictionary<int, decimal> janToNov)
    {
        if (janToNov.Count == 0)
        {
            return;
        }

        var years = janToNov.Keys.Order().ToArray();
        var factors = years.ToDictionary(y => y, y => janToNov[y] / Sum(projects, y));
        foreach (var project in projects)
        {
            for (var i = 0; i < project.Funds.Count; i++)
            {
                var (month, value) = project.Funds[i];
                var year = Math.Clamp(month.Year, years[0], years[^1]);
                if (factors.TryGetValue(year, out var factor))
                {
                    project.Funds[i] = (month, Math.Max(0.0001m, Math.Round(value * factor, 4, MidpointRounding.AwayFromZero)));
                }
            }
        }

        foreach (var year in years)
        {
            AddRemainderToLargest(projects, year, janToNov[year] - Sum(projects, year));
        }
    }

    private static decimal Sum(IReadOnlyList<DemoProject> projects, int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 11, 1));
        var sum = 0m;
        foreach (var project in projects)
        {
            foreach (var (month, value) in project.Funds)
            {
                sum += month >= from && month <= to ? value : 0;
            }
        }

        return sum == 0 ? throw new InvalidOperationException($"The cohort has no funds in 1—11月 {year} to calibrate.") : sum;
    }

    private static void AddRemainderToLargest(IReadOnlyList<DemoProject> projects, int year, decimal remainder)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 11, 1));
        List<(DateOnly Month, decimal Amount)>? largestFunds = null;
        var (largestIndex, largestAmount) = (0, 0m);
        foreach (var project in projects)
        {
            for (var i = 0; i < project.Funds.Count; i++)
            {
                var (month, value) = project.Funds[i];
                if (month >= from && month <= to && value > largestAmount)
                {
                    (largestFunds, largestIndex, largestAmount) = (project.Funds, i, value);
                }
            }
        }

        largestFunds![largestIndex] = (largestFunds[largestIndex].Month, largestAmount + remainder);
    }

    private static int[] ChooseMonths(DemoRandom random, int months, int count)
    {
        var indexes = new int[months];
        for (var i = 0; i < months; i++)
        {
            indexes[i] = i;
        }

        for (var i = 0; i < count; i++)
        {
            var j = i + random.Next(months - i);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }

        var chosen = indexes[..count];
        Array.Sort(chosen);
        return chosen;
    }

    private static double Between(DemoRandom random, double min, double max) => min + (max - min) * random.NextDouble();

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}
