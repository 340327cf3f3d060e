using System.Globalization;
using Spectre.Console;

namespace Analytics.Cli;

/// <summary>
/// The progress of an import on a terminal (Spectre.Console, on standard error): one line per ledger file with its rows
/// and rows per second, then one per stage (SQL models and data tests, publishing). Silent when not shown.
/// </summary>
internal sealed class ImportProgress
{
    private readonly ProgressContext? context;
    private readonly Dictionary<string, ProgressTask> files = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private ProgressTask? stage;

    private ImportProgress(ProgressContext? context) => this.context = context;

    /// <summary>Runs <paramref name="work"/> with progress shown on standard error when <paramref name="show"/>, silently otherwise.</summary>
    public static T Run<T>(bool show, Func<ImportProgress, T> work)
    {
        if (!show) return work(new ImportProgress(null));
        return Terminal.Error.Progress()
            .AutoClear(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedColumn())
            .Start(context =>
            {
                var progress = new ImportProgress(context);
                var result = work(progress);
                progress.Finish();
                return result;
            });
    }

    /// <summary>Rows read so far from a file (the importer's progress callback; any thread, one call at a time).</summary>
    public void Rows(string file, long rows, TimeSpan elapsed)
    {
        if (context is null) return;
        lock (gate)
        {
            if (!files.TryGetValue(file, out var task))
            {
                FinishAll();
                files[file] = task = context.AddTask(Markup.Escape($"读取 {file}"), maxValue: double.MaxValue);
            }
            var rate = elapsed.TotalSeconds > 0 ? rows / elapsed.TotalSeconds : 0;
            task.Value = rows;
            task.State.Update<double>(ElapsedColumn.Key, _ => elapsed.TotalSeconds);
            task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"读取 {file}：{rows:N0} 行 · {rate:N0} 行/秒"));
        }
    }

    /// <summary>A new stage begins (the previous one and every file are done).</summary>
    public void Stage(string description)
    {
        if (context is null) return;
        lock (gate)
        {
            FinishAll();
            stage = context.AddTask(Markup.Escape(description), maxValue: 1);
        }
    }

    private void Finish()
    {
        lock (gate) FinishAll();
    }

    private void FinishAll()
    {
        foreach (var task in files.Values.Append(stage).OfType<ProgressTask>().Where(t => !t.IsFinished))
        {
            task.MaxValue = Math.Max(task.Value, 1);
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }
}
