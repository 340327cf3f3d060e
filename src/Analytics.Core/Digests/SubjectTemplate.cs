using System.Text;

namespace Analytics.Core.Digests;

/// <summary>
/// A digest's subject line with placeholders: <c>{title}</c>, <c>{as_of}</c> (2024-05-05),
/// <c>{as_of_zh}</c> (2024年5月5日), <c>{year}</c>, <c>{month}</c> and <c>{region}</c> (全市 when none).
/// </summary>
public sealed class SubjectTemplate
{
    private static readonly string[] Names = ["title", "as_of", "as_of_zh", "year", "month", "region"];

    private readonly string template;

    private SubjectTemplate(string template) => this.template = template;

    /// <summary>Checks every placeholder; an unknown one is a <see cref="DigestConfigurationException"/>.</summary>
    public static SubjectTemplate Parse(string template)
    {
        var text = string.IsNullOrWhiteSpace(template) ? "{title}（截至{as_of_zh}）" : template;
        for (var i = text.IndexOf('{'); i >= 0; i = text.IndexOf('{', i + 1))
        {
            var end = text.IndexOf('}', i);
            var name = end > i ? text[(i + 1)..end] : text[(i + 1)..];
            if (end < 0 || !Names.Contains(name))
                throw new DigestConfigurationException(
                    $"邮件主题中的占位符「{{{name}}}」无法识别，可用：{string.Join("、", Names.Select(n => "{" + n + "}"))}",
                    $"unknown placeholder {{{name}}} in the subject; known: {string.Join(", ", Names.Select(n => "{" + n + "}"))}");
        }
        return new SubjectTemplate(text);
    }

    /// <summary>The subject for a page titled <paramref name="title"/> as of <paramref name="asOf"/>, for <paramref name="region"/>.</summary>
    public string Format(string title, DateOnly asOf, string? region)
    {
        var result = new StringBuilder(template)
            .Replace("{title}", title)
            .Replace("{as_of_zh}", $"{asOf.Year}年{asOf.Month}月{asOf.Day}日")
            .Replace("{as_of}", asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{year}", asOf.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{month}", asOf.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{region}", region ?? "全市");
        return result.ToString();
    }
}
