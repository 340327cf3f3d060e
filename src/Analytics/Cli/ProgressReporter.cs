namespace Analytics.Cli;

/// <summary>
/// Shows import progress: a redrawn bar line on a terminal, plain lines every few seconds when output is redirected.
/// Each file ends with a line of its full count (the importer's last report of a file is its total), so a fast file does
/// not stay at its first report's count.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly bool terminal = !Console.IsErrorRedirected;
    private DateTime lastPlain = DateTime.MinValue;
    private string? lastFile;
    private (long Rows, double Rate) last;
    private long printed = -1;

    public void Report(string file, long rows, TimeSpan elapsed)
    {
        if (lastFile is not null && file != lastFile) EndFile();
        var rate = elapsed.TotalSeconds > 0 ? rows / elapsed.TotalSeconds : 0;
        last = (rows, rate);
        if (terminal)
        {
            var width = 24;
            var filled = (int)(rows / 65536 % (width + 1));
            var bar = new string('█', filled) + new string('░', width - filled);
            Console.Error.Write($"\r{file} {bar} 已读 {rows:N0} 行 · {rate:N0} 行/秒   ");
        }
        else if (DateTime.UtcNow - lastPlain > TimeSpan.FromSeconds(2) || file != lastFile)
        {
            Plain(file);
        }
        lastFile = file;
    }

    public void Done()
    {
        if (lastFile is not null) EndFile();
        lastFile = null;
    }

    /// <summary>Leaves the file's last count on the screen: the redrawn line ends, or a plain line says the total.</summary>
    private void EndFile()
    {
        if (terminal) Console.Error.WriteLine();
        else if (printed != last.Rows) Plain(lastFile!);
        printed = -1;
    }

    private void Plain(string file)
    {
        Console.Error.WriteLine($"{file}: 已读 {last.Rows:N0} 行，{last.Rate:N0} 行/秒 / {last.Rows:N0} rows read, {last.Rate:N0} rows/s");
        lastPlain = DateTime.UtcNow;
        printed = last.Rows;
    }
}
