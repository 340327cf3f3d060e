using System.Diagnostics;
using System.Globalization;

namespace SpreadsheetBenchmark;

/// <summary>Runs one measurement in a child process of this same program and reads back its figures.</summary>
internal static class Child
{
    public static (double Seconds, double Cpu, long Rows, double Peak, long Allocated) Measure(string name, string path)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        // Under "dotnet SpreadsheetBenchmark.dll" the process is the host, which needs the program's path.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            start.ArgumentList.Add(typeof(Child).Assembly.Location);
        foreach (var argument in new[] { "measure", name, path }) start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{name} failed: {output}");
        var parts = output.Trim().Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture),
            long.Parse(parts[2], CultureInfo.InvariantCulture), double.Parse(parts[4], CultureInfo.InvariantCulture),
            long.Parse(parts[5], CultureInfo.InvariantCulture));
    }
}
