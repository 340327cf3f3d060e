using Analytics.Core.Metrics;

namespace Analytics.Cli;

/// <summary>The KPI report as a readable table in Chinese.</summary>
internal static class KpiTable
{
    public static void Print(KpiReport r, TextWriter o)
    {
        o.WriteLine($"{r.Region} · {r.PeriodStart:yyyy-MM-dd} 至 {r.AsOf:yyyy-MM-dd} · 数据版本 {r.DataVersion}");
        o.WriteLine($"{"",-16}{"本期",12}{"上年同期",12}{"增减",10}{"同比",10}");
        Stage(o, "新签约项目", r.Signed);
        Stage(o, "新开工项目", r.Started);
        o.WriteLine($"{"投产项目(个)",-14}{r.Producing.Count,12}{r.Producing.PreviousCount,12}{r.Producing.Count - r.Producing.PreviousCount,10}");
        o.WriteLine($"{"在建亿元以上(个)",-12}{r.UnderConstruction.AtLeast1,12}{r.UnderConstruction.PreviousAtLeast1,12}   其中省外资金 {r.UnderConstruction.AtLeast1OutsideProvince}");
        o.WriteLine($"{"实际到位资金(亿元)",-10}{r.Funds.InPlace,12:N1}{r.Funds.Previous,12:N1}{r.Funds.Difference,10:N1}{Percent(r.Funds.Yoy),10}");
        o.WriteLine($"开工率 {Percent(r.StartRate)}（上年同期 {Percent(r.StartRatePrevious)}）  入统率 {Percent(r.StatsRate)}（上年同期 {Percent(r.StatsRatePrevious)}）");
        if (r.Targets.Count == 0) return;
        o.WriteLine();
        o.WriteLine("目标任务：");
        foreach (var t in r.Targets)
            o.WriteLine($"  {t.Region,-6} {t.Indicator,-14} 目标 {t.Target,10:N1} 完成 {t.Actual,10:N1} 完成率 {Percent(t.Completion),7} 时序 {Percent(t.Schedule),7} {Light(t.Light)}");
    }

    private static void Stage(TextWriter o, string name, StageFigures s)
    {
        o.WriteLine($"{name + "(个)",-14}{s.Count,12}{s.Previous.Count,12}{s.Difference.Count,10}{Percent(s.Yoy.Count),10}");
        o.WriteLine($"{"  投资额(亿元)",-14}{s.Investment,12:N1}{s.Previous.Investment,12:N1}{s.Difference.Investment,10:N1}{Percent(s.Yoy.Investment),10}");
        foreach (var band in s.AtLeast.Keys)
            o.WriteLine($"{"  " + band + "亿元以上",-14}{s.AtLeast[band],12}{s.Previous.AtLeast[band],12}{s.Difference.AtLeast[band],10}{Percent(s.Yoy.AtLeast[band]),10}");
    }

    private static string Percent(double? value) => value is { } v ? $"{v * 100:0.0}%" : "—";

    private static string Light(string light) => light switch { "green" => "绿", "yellow" => "黄", _ => "红" };
}
