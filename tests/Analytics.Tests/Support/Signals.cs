using System.Diagnostics;

namespace Analytics.Tests.Support;

/// <summary>Sends a POSIX signal (TERM, STOP, CONT) to a process with kill(1).</summary>
public static class Signals
{
    public static void Send(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
