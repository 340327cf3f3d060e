using System.Collections;
using System.Reflection;

namespace Analytics.Core.Dashboards.Figures;

/// <summary>
/// Resolves a path such as <c>signed.atLeast.1</c>, <c>funds.yoy</c> or <c>targets.实际到位资金(亿元).completion</c>
/// in a <see cref="DisclosedKpiReport"/>: property names in camelCase as in its JSON, dictionary keys, and targets by
/// indicator (the report region's own). The kind follows the property's type: long → count, decimal → amount,
/// double → ratio.
/// </summary>
internal static class FigurePath
{
    /// <summary>The value at <paramref name="path"/> (null: no value) and its kind; an unknown step is a <see cref="FigureException"/>.</summary>
    public static (object? Value, FigureKind Kind) Resolve(DisclosedKpiReport report, string path)
    {
        object? current = report;
        var type = typeof(DisclosedKpiReport);
        var steps = path.Split('.');
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            if (current is IReadOnlyList<DisclosedTarget> targets)
            {
                var target = targets.FirstOrDefault(t => t.Indicator == step && t.Region == report.Region)
                    ?? throw new FigureException($"「{path}」中没有指标「{step}」的目标，可用：{string.Join("、", targets.Where(t => t.Region == report.Region).Select(t => t.Indicator))}");
                if (i == steps.Length - 1) throw new FigureException($"「{path}」应继续写出字段，如 .completion、.actual、.target、.gap、.light");
                var field = Property(typeof(DisclosedTarget), steps[i + 1], path);
                var value = field.GetValue(target);
                if (i + 2 < steps.Length) throw new FigureException($"「{path}」在 {steps[i + 1]} 之后不能再有字段");
                var kind = field.Name switch
                {
                    "Target" or "Actual" => step.Contains("亿元", StringComparison.Ordinal) ? FigureKind.Amount : FigureKind.Count,
                    "Completion" or "Schedule" or "Gap" => FigureKind.Ratio,
                    _ => FigureKind.Text,
                };
                return (field.Name == "Light" && value is string light ? Lights.Word(light) : value, kind);
            }
            if (current is IDictionary dictionary)
            {
                if (!dictionary.Contains(step))
                    throw new FigureException($"「{path}」中没有「{step}」，可用：{string.Join("、", dictionary.Keys.Cast<object>())}");
                type = type.GetGenericArguments().Last();
                current = dictionary[step];
                continue;
            }
            if (type.IsPrimitive || type == typeof(decimal) || Nullable.GetUnderlyingType(type) is not null || type == typeof(string) || type == typeof(DateOnly))
                throw new FigureException($"「{path}」在「{steps[i - 1]}」之后不能再有字段");
            var property = Property(type, step, path);
            type = property.PropertyType;
            current = property.GetValue(current);
        }
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(long)) return (current, FigureKind.Count);
        if (underlying == typeof(decimal)) return (current, FigureKind.Amount);
        if (underlying == typeof(double)) return (current, FigureKind.Ratio);
        if (underlying == typeof(DateOnly)) return (current, FigureKind.Date);
        if (underlying == typeof(string)) return (current, FigureKind.Text);
        throw new FigureException($"「{path}」不是一个数值，应继续写出字段，如 {string.Join("、", Names(type).Take(6))}");
    }

    private static PropertyInfo Property(Type type, string name, string path) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.Name != nameof(DisclosedKpiReport.Suppressed) && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new FigureException($"未知字段「{name}」（{path}），可用：{string.Join("、", Names(type))}");

    private static IEnumerable<string> Names(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != nameof(DisclosedKpiReport.Suppressed))
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
}
