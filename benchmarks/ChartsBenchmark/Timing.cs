using System.Diagnostics;

namespace ChartsBenchmark;

/// <summary>Times an action: a warm-up, then several runs of many iterations; each run gives the mean ms of one iteration.</summary>
internal static class Timing
{
    public static Stats Measure(Action action, int runs, int iterations, int warmup = 3)
    {
        for (var i = 0; i < warmup; i++) action();
        var results = new double[runs];
        for (var r = 0; r < runs; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < iterations; i++) action();
            results[r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds / iterations;
        }
        return Stats.Of(results);
    }
}
