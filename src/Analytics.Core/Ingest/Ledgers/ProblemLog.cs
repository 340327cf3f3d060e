namespace Analytics.Core.Ingest.Ledgers;

/// <summary>The problems of a load, at most <see cref="CapPerFile"/> listed per file; all are counted.</summary>
public sealed class ProblemLog
{
    public const int CapPerFile = 200;

    private readonly List<LedgerProblem> listed = [];
    private readonly Dictionary<string, int> perFile = new(StringComparer.Ordinal);

    /// <summary>The checks that span the files of this load (amount totals, folded names).</summary>
    public ImportChecks Checks { get; } = new();

    public int ErrorCount { get; private set; }

    public int WarningCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public IReadOnlyList<LedgerProblem> Listed => listed;

    /// <summary>Problems of each file that were counted but not listed.</summary>
    public IEnumerable<(string File, int Count)> Unlisted =>
        perFile.Where(p => p.Value > CapPerFile).Select(p => (p.Key, p.Value - CapPerFile));

    public void Add(LedgerProblem problem)
    {
        if (problem.Severity == ProblemSeverity.Error) ErrorCount++;
        else WarningCount++;
        var count = perFile[problem.File] = perFile.GetValueOrDefault(problem.File) + 1;
        if (count <= CapPerFile) listed.Add(problem);
    }

    public int ErrorsIn(string file) => listed.Count(p => p.File == file && p.Severity == ProblemSeverity.Error);
}
