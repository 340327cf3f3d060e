using System.Globalization;

namespace ProviderBenchmark;

/// <summary>Prints scenarios and goals as fixed-width text tables.</summary>
public static class ResultTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(Scenario scenario, int runs)
    {
        Console.WriteLine();
        Console.WriteLine($"== {scenario.Title}");
        Console.WriteLine($"   {scenario.Rows.ToString("N0", Invariant)} rows; wall time = median of {runs} runs (min, max), each on a fresh database; cpu = median CPU time of the process in a run");
        Console.WriteLine($"   {"contender",-36} {"median s",9} {"min s",9} {"max s",9} {"rows/s",13} {"vs first",8} {"cpu s",8} {"alloc B/row",12} {"same result",12}");
        foreach (var c in scenario.Contenders)
        {
            var versusOurs = c.Median / scenario.Ours.Median;
            var allocated = c.AllocatedBytesPerRow is { } bytes ? bytes.ToString("F2", Invariant) : "-";
            var same = c.Fingerprint == scenario.Ours.Fingerprint ? "yes" : "NO";
            Console.WriteLine(string.Create(Invariant,
                $"   {c.Contender,-36} {c.Median,9:F3} {c.Min,9:F3} {c.Max,9:F3} {c.RowsPerSecond(scenario.Rows),13:N0} {versusOurs,7:F2}× {c.CpuMedian,8:F3} {allocated,12} {same,12}"));
        }
        Console.WriteLine($"   result fingerprint (first contender): {scenario.Ours.Fingerprint}");
        foreach (var c in scenario.Contenders.Where(c => c.Fingerprint != scenario.Ours.Fingerprint))
            Console.WriteLine($"   differs — {c.Contender}: {c.Fingerprint}");
    }

    public static void Print(IReadOnlyList<Goal> goals)
    {
        Console.WriteLine();
        Console.WriteLine("== Goals");
        Console.WriteLine($"   {"goal",-52} {"measured",-34} {"target",-18} verdict");
        foreach (var goal in goals)
            Console.WriteLine($"   {goal.Name,-52} {goal.Measured,-34} {goal.Target,-18} {goal.Verdict}");
        Console.WriteLine();
        foreach (var goal in goals)
            Console.WriteLine($"{goal.Verdict}: {goal.Name}: {goal.Measured} (target {goal.Target})");
    }
}
