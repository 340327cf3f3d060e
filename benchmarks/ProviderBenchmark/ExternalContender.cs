using System.Diagnostics;
using System.Globalization;

namespace ProviderBenchmark;

/// <summary>
/// Runs the C or Node program as a subprocess and reads the timings it measured itself, one line per
/// run: <c>RUN &lt;benchmark&gt; &lt;contender&gt; &lt;run&gt; &lt;seconds&gt; &lt;fingerprint&gt;</c>.
/// </summary>
public static class ExternalContender
{
    public static Measurement Run(string label, string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {program}.");

        var seconds = new List<double>();
        var fingerprints = new HashSet<string>();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            var parts = line.Split(' ');
            if (parts is ["RUN", _, _, _, var time, var fingerprint])
            {
                seconds.Add(double.Parse(time, CultureInfo.InvariantCulture));
                fingerprints.Add(fingerprint);
            }
        }
        process.WaitForExit();
        if (process.ExitCode != 0 || seconds.Count == 0)
            throw new InvalidOperationException($"{label} ({program}) failed with exit code {process.ExitCode}.");
        return new Measurement(label, seconds, string.Join(" | ", fingerprints));
    }
}
