namespace ImportBenchmark;

/// <summary>Everything measured in one benchmark run: the imports per (format, scale) and the read_csv floor per scale.</summary>
internal sealed class Measurements
{
    public Dictionary<(string Format, int Scale), RunFigures> Imports { get; } = [];

    public Dictionary<int, RunFigures> Floors { get; } = [];

    /// <summary>Per format, the files read as bare sheet rows and as parsed ledger rows (<see cref="StagesMode"/>), at the largest scale.</summary>
    public Dictionary<string, ChildResult> Stages { get; } = [];

    public RunFigures? Import(string format, int scale) => Imports.GetValueOrDefault((format, scale));

    public RunFigures? Floor(int scale) => Floors.GetValueOrDefault(scale);
}
