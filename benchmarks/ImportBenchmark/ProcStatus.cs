namespace ImportBenchmark;

/// <summary>Resident memory of a process from <c>/proc/PID/status</c>, in KiB.</summary>
internal static class ProcStatus
{
    /// <summary>(VmRSS, VmHWM) of <paramref name="pid"/>, or null once the process is gone.</summary>
    public static (long RssKb, long PeakKb)? Read(int pid) => Read($"/proc/{pid}/status");

    /// <summary>The peak resident memory (VmHWM) of this process so far.</summary>
    public static long OwnPeakKb() => Read("/proc/self/status")?.PeakKb ?? 0;

    private static (long RssKb, long PeakKb)? Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        long rss = -1, peak = -1;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.StartsWith("VmRSS:")) rss = Kilobytes(line);
            else if (line.StartsWith("VmHWM:")) peak = Kilobytes(line);
        }
        // A zombie (exited, not yet reaped) has no memory lines.
        return rss < 0 || peak < 0 ? null : (rss, peak);
    }

    private static long Kilobytes(ReadOnlySpan<char> line)
    {
        var value = line[(line.IndexOf(':') + 1)..].Trim();
        return long.Parse(value[..value.IndexOf(' ')]);
    }
}
