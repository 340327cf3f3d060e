namespace Analytics.Cli;

/// <summary>
/// Shows import progress: a redrawn bar line on a terminal, plain lines every few seconds when
/// output is redirected.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly bool terminal = !Console.IsErrorRedirected;
    private DateTime lastPlain = DateTime.MinValue;
    private string? lastFile;

    public void Report(string file, long rows, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? rows / elapsed.TotalSeconds : 0;
        if (terminal)
        {
            var width = 24;
            var filled = (int)(rows / 65536 % (width + 1));
            var bar = new string('█', filled) + new string('░', width - filled);
            Console.Error.Write($"\r{file} {bar} 已读 {rows:N0} 行 · {rate:N0} 行/秒   ");
            if (file != lastFile && lastFile is not null) Console.Error.WriteLine();
        }
        else if (DateTime.UtcNow - lastPlain > TimeSpan.FromSeconds(2) || file != lastFile)
        {
            Console.Error.WriteLine($"{file}: 已读 {rows:N0} 行，{rate:N0} 行/秒 / {rows:N0} rows read, {rate:N0} rows/s");
            lastPlain = DateTime.UtcNow;
        }
        lastFile = file;
    }

    public void Done()
    {
        if (terminal && lastFile is not null) Console.Error.WriteLine();
    }
}
