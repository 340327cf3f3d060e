namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// Picks the field delimiter of a CSV file among comma, tab and semicolon from its first lines: the
/// one whose count per line (outside quotes) is the same on the most lines wins, provided that is at
/// least half the non-blank lines (so a stray semicolon in a one-column file does not count); comma otherwise.
/// </summary>
internal static class CsvDelimiterSniffer
{
    private const int LinesSampled = 50;

    // In order of preference when scores tie.
    private static readonly char[] Candidates = [',', '\t', ';'];

    public static char Sniff(ReadOnlySpan<char> sample)
    {
        var counts = new int[Candidates.Length, LinesSampled];
        var line = 0;
        var nonBlankLines = 0;
        var lineHasText = false;
        var inQuotes = false;
        for (var i = 0; i < sample.Length && line < LinesSampled; i++)
        {
            var c = sample[i];
            if (c == '"') inQuotes = !inQuotes;
            if (inQuotes) continue;
            if (c == '\n' || (c == '\r' && (i + 1 == sample.Length || sample[i + 1] != '\n')))
            {
                if (lineHasText) nonBlankLines++;
                lineHasText = false;
                line++;
                continue;
            }
            if (c != '\r') lineHasText = true;
            var candidate = Array.IndexOf(Candidates, c);
            if (candidate >= 0) counts[candidate, line]++;
        }
        if (lineHasText && line < LinesSampled)
        {
            nonBlankLines++;
            line++;
        }

        var best = Candidates[0];
        (int Lines, int Count) bestScore = (0, 0);
        for (var candidate = 0; candidate < Candidates.Length; candidate++)
        {
            var score = Score(counts, candidate, line);
            if (score.Lines * 2 < nonBlankLines) continue;
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
