using System.Diagnostics;

namespace ModelsBenchmark;

/// <summary>
/// Runs a query for each of a list of as-of dates and reports the median and 95th percentile of its wall time and
/// of the CPU time the process spent on it, in milliseconds. On a shared machine the wall time includes waiting for
/// a core; the CPU time does not, so both are printed.
/// </summary>
internal static class LatencyProbe
{
    public static Latency Measure(IReadOnlyList<DateOnly> dates, Action<DateOnly> query)
    {
        // Warm-up: the first queries pay for plan caches and the buffer pool.
        foreach (var date in dates.Take(3)) query(date);
        var wall = new double[dates.Count];
        var cpu = new double[dates.Count];
        for (var i = 0; i < dates.Count; i++)
        {
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var clock = Stopwatch.StartNew();
            query(dates[i]);
            wall[i] = clock.Elapsed.TotalMilliseconds;
            cpu[i] = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
        }
        Array.Sort(wall);
        Array.Sort(cpu);
        return new Latency(Percentile(wall, 0.50), Percentile(wall, 0.95), Percentile(cpu, 0.50), Percentile(cpu, 0.95));
    }

    /// <summary>Random as-of dates from <paramref name="first"/> to <paramref name="last"/>, the same for a seed.</summary>
    public static IReadOnlyList<DateOnly> RandomDates(int count, DateOnly first, DateOnly last, int seed)
    {
        var random = new Random(seed);
        var span = last.DayNumber - first.DayNumber + 1;
        return Enumerable.Range(0, count).Select(_ => DateOnly.FromDayNumber(first.DayNumber + random.Next(span))).ToList();
    }

    private static double Percentile(double[] sorted, double p)
    {
        var index = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
