using Analytics.Core.Dashboards.Figures;

namespace Analytics.Core.Dashboards.Rendering;

/// <summary>The inline figures of one rendering, each evaluated once (the HTML and the text say the same); errors become problems.</summary>
internal sealed class InlineFigures(FigureScope? scope, Action<string> problem, Action suppressed)
{
    private readonly Dictionary<string, (string Text, bool Error)> written = new(StringComparer.Ordinal);

    /// <summary>The figure's text, or the error in words.</summary>
    public (string Text, bool Error) Write(string expression)
    {
        if (written.TryGetValue(expression, out var done)) return done;
        try
        {
            if (scope is null) throw new FigureException("本页没有可用的数据");
            var text = scope.Write(expression, out var withheld);
            if (withheld) suppressed();
            done = (text, false);
        }
        catch (FigureException e)
        {
            var message = $"数字「{{{{ {expression} }}}}」：{e.Message}";
            problem(message);
            done = ($"【{message}】", true);
        }
        written[expression] = done;
        return done;
    }
}
