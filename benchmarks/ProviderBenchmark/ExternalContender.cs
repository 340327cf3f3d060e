using System.Diagnostics;
using System.Globalization;

namespace ProviderBenchmark;

/// <summary>
/// The C or Node program, started once per round: it does its warm-up runs and one measured run in
/// the same process and prints the time it measured itself (start-up and library load excluded) as
/// <c>RUN &lt;benchmark&gt; &lt;contender&gt; &lt;run&gt; &lt;seconds&gt; &lt;cpu seconds&gt; &lt;fingerprint&gt;</c>.
/// </summary>
public static class ExternalContender
{
    public static Contender Create(string label, string program, Func<string, string, string[]> arguments, int warmUps, string? workingDirectory = null)
    {
        var warmUpText = warmUps.ToString(CultureInfo.InvariantCulture);
        return new Contender(label, WarmUp: null, () => RunOnce(label, program, arguments(warmUpText, "1"), workingDirectory));
    }

    private static Sample RunOnce(string label, string program, IEnumerable<string> arguments, string? workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {program}.");

        Sample? sample = null;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.Split(' ') is ["RUN", _, _, _, var time, var cpu, var fingerprint])
                sample = new Sample(double.Parse(time, CultureInfo.InvariantCulture), double.Parse(cpu, CultureInfo.InvariantCulture), fingerprint);
        }
        process.WaitForExit();
        if (process.ExitCode != 0 || sample is null)
            throw new InvalidOperationException($"{label} ({program}) failed with exit code {process.ExitCode}.");
        return sample;
    }
}
