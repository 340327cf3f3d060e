namespace ImportBenchmark;

/// <summary>What was seen of one child process: exit code, timed output lines, standard error and memory samples.</summary>
internal sealed class ChildRun(int exitCode, IReadOnlyList<TimedLine> lines, IReadOnlyList<string> errors, IReadOnlyList<MemorySample> samples)
{
    public int ExitCode => exitCode;

    public IReadOnlyList<string> Errors => errors;

    public ChildResult? Result => lines.Select(l => ChildProtocol.TryReadResult(l.Text)).LastOrDefault(r => r is not null);

    /// <summary>When the file's last progress line arrived and the seconds it reported: the file was read during [end − seconds, end].</summary>
    public (double Start, double End)? FileSpan(string file)
    {
        (double, double)? span = null;
        foreach (var line in lines)
            if (ChildProtocol.TryReadProgress(line.Text, out var name, out _, out var seconds) && name == file)
                span = (line.At - seconds, line.At);
        return span;
    }

    /// <summary>When the result line arrived.</summary>
    public double End => lines.LastOrDefault(l => ChildProtocol.TryReadResult(l.Text) is not null).At;

    /// <summary>
    /// The peak resident memory during [from, to], in KiB: the highest sample (the one just before the
    /// span when it is shorter than the sampling period), or the peak counter (VmHWM) when it rose in
    /// the span, which catches what fell between two samples.
    /// </summary>
    public long PeakKb(double from, double to)
    {
        long highest = 0, rssBefore = 0, peakBefore = 0, peakAfter = 0;
        foreach (var sample in samples)
        {
            if (sample.At > to) break;
            if (sample.At <= from) (peakBefore, rssBefore) = (sample.PeakKb, sample.RssKb);
            else highest = Math.Max(highest, sample.RssKb);
            peakAfter = sample.PeakKb;
        }
        if (highest == 0) highest = rssBefore;
        return peakAfter > peakBefore ? Math.Max(highest, peakAfter) : highest;
    }

    /// <summary>The highest peak counter seen, in KiB.</summary>
    public long PeakKb() => samples.Count == 0 ? 0 : samples.Max(s => s.PeakKb);
}
