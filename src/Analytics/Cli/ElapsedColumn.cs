using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Analytics.Cli;

/// <summary>
/// A progress column with the time a task took: the time its work reported (<see cref="Key"/> in the task's state, for a
/// file whose first progress arrives after its reading began), else the time since the task was shown.
/// </summary>
internal sealed class ElapsedColumn : ProgressColumn
{
    /// <summary>The state key of the reported time, in seconds.</summary>
    public const string Key = "elapsed";

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var reported = task.State.Get<double>(Key);
        var elapsed = reported > 0 ? TimeSpan.FromSeconds(reported) : task.ElapsedTime ?? TimeSpan.Zero;
        return new Text(elapsed.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture), new Style(Color.Blue));
    }
}
