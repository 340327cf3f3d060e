using System.Globalization;
using System.Text.Json;

namespace ImportBenchmark;

/// <summary>
/// What a child process tells the benchmark on standard output, one line at a time: a tab-separated
/// <c>@progress</c> line whenever a file reports progress, and one <c>@result</c> line (JSON) at the end.
/// </summary>
internal static class ChildProtocol
{
    private const string ProgressTag = "@progress";
    private const string ResultTag = "@result";

    public static void WriteProgress(string file, long rows, TimeSpan elapsed) =>
        Console.Out.WriteLine(string.Join('\t', ProgressTag, file, rows.ToString(CultureInfo.InvariantCulture),
            elapsed.TotalSeconds.ToString("R", CultureInfo.InvariantCulture)));

    public static void WriteResult(ChildResult result) =>
        Console.Out.WriteLine(ResultTag + "\t" + JsonSerializer.Serialize(result));

    public static bool TryReadProgress(string line, out string file, out long rows, out double seconds)
    {
        var parts = line.Split('\t');
        (file, rows, seconds) = ("", 0, 0);
        if (parts.Length != 4 || parts[0] != ProgressTag) return false;
        file = parts[1];
        rows = long.Parse(parts[2], CultureInfo.InvariantCulture);
        seconds = double.Parse(parts[3], CultureInfo.InvariantCulture);
        return true;
    }

    public static ChildResult? TryReadResult(string line) =>
        line.StartsWith(ResultTag + "\t", StringComparison.Ordinal) ? JsonSerializer.Deserialize<ChildResult>(line[(ResultTag.Length + 1)..]) : null;
}
