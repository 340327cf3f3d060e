namespace ImportBenchmark;

/// <summary>A line of a child's output and when it arrived, in seconds since the child was started.</summary>
internal readonly record struct TimedLine(double At, string Text);
