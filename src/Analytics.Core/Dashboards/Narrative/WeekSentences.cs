using Analytics.Core.Dashboards.Blocks;
using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Metrics;

namespace Analytics.Core.Dashboards.Narrative;

/// <summary>
/// The sentence of a week's briefing that the year-to-date paragraphs cannot say: the week's signings, starts and
/// productions, with the largest signing named for an internal viewer. For the demo city in 11月24日—11月30日:
/// 本周（11月24日—11月30日），全市新签约项目12个、协议总投资65.1亿元，其中亿元以上项目…个；新开工项目10个、协议总投资29.3亿元；…
/// A week without a project says 本周全市无新签约项目 rather than 0个.
/// </summary>
internal static class WeekSentences
{
    public static Prose Week(BlockContext context, string? region)
    {
        var (from, to) = PeriodPhrase.Range(Period.Week, context.AsOf);
        var subject = region ?? "全市";
        var prose = new Prose().Add($"本周（{PeriodPhrase.Of(Period.Week, context.AsOf)}），").Region(subject);
        var parts = new List<string>();
        foreach (var (projectEvent, verb) in new[] { (ProjectEvent.Signed, "新签约"), (ProjectEvent.Started, "新开工"), (ProjectEvent.Producing, "投产") })
        {
            var projects = context.Metrics.Projects(new ProjectQuery(projectEvent, from, to, region));
            parts.Add(Part(context, projects, verb, projectEvent == ProjectEvent.Signed));
        }
        return prose.Add(string.Join("；", parts) + "。");
    }

    private static string Part(BlockContext context, IReadOnlyList<ProjectEntry> projects, string verb, bool nameLargest)
    {
        if (projects.Count == 0) return $"无{verb}项目";
        var count = (long)projects.Count;
        if (context.Hide(count)) return $"{verb}项目{FigureFormat.Missing}个";
        var text = $"{verb}项目{count}个、协议总投资{FigureFormat.Amount(projects.Sum(p => p.Investment))}亿元";
        var large = projects.Count(p => p.Investment >= 1);
        text += large == 0 ? "，尚无亿元以上项目" : context.Hide(large) ? "" : $"，其中亿元以上项目{large}个";
        if (nameLargest && !context.PublicPage)
        {
            var top = projects.MaxBy(p => p.Investment)!;
            text += $"，最大的是{top.Region}{top.Name}（{FigureFormat.Amount(top.Investment)}亿元）";
        }
        return text;
    }
}
