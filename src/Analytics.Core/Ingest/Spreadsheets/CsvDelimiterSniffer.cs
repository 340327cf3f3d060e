namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Picks the field delimiter of a CSV file among comma, tab and semicolon from its first lines: the
/// one whose count per line (outside quotes) is the same on the most lines wins; comma when in doubt.
/// </summary>
internal static class CsvDelimiterSniffer
{
    private const int LinesSampled = 50;

    // In order of preference when scores tie.
    private static readonly char[] Candidates = [',', '\t', ';'];

    public static char Sniff(ReadOnlySpan<char> sample)
    {
        var counts = new int[Candidates.Length, LinesSampled];
        var lines = 0;
        var inQuotes = false;
        for (var i = 0; i < sample.Length && lines < LinesSampled; i++)
        {
            var c = sample[i];
            if (c == '"') inQuotes = !inQuotes;
            else if (inQuotes) continue;
            else if (c == '\n' || (c == '\r' && (i + 1 == sample.Length || sample[i + 1] != '\n'))) lines++;
            else
            {
                var candidate = Array.IndexOf(Candidates, c);
                if (candidate >= 0) counts[candidate, lines]++;
            }
        }
        if (lines < LinesSampled) lines++;  // the last line, even without a line end

        var best = Candidates[0];
        (int Lines, int Count) bestScore = (0, 0);
        for (var candidate = 0; candidate < Candidates.Length; candidate++)
        {
            var score = Score(counts, candidate, lines);
            if (score.Lines > bestScore.Lines || (score.Lines == bestScore.Lines && score.Count > bestScore.Count))
            {
                best = Candidates[candidate];
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>The most frequent non-zero count per line, and on how many lines it occurs.</summary>
    private static (int Lines, int Count) Score(int[,] counts, int candidate, int lines)
    {
        var tally = new Dictionary<int, int>();
        for (var line = 0; line < lines; line++)
        {
            var count = counts[candidate, line];
            if (count > 0) tally[count] = tally.GetValueOrDefault(count) + 1;
        }
        (int Lines, int Count) best = (0, 0);
        foreach (var (count, frequency) in tally)
            if (frequency > best.Lines || (frequency == best.Lines && count > best.Count)) best = (frequency, count);
        return best;
    }
}
