using Analytics.Charts;
using Analytics.Core.Metrics;
using Spectre.Console;

namespace Analytics.Cli;

/// <summary>The KPI report as tables in Chinese: the headline figures against last year, then the targets with their lights.</summary>
internal static class KpiTable
{
    public static void Write(KpiReport r, IAnsiConsole console)
    {
        console.WriteLine($"{r.Region} · {r.PeriodStart:yyyy-MM-dd} 至 {r.AsOf:yyyy-MM-dd} · 数据版本 {r.DataVersion}");
        var table = ResultTable.Create(console)
            .AddColumn("")
            .AddColumn(new TableColumn("本期").RightAligned())
            .AddColumn(new TableColumn("上年同期").RightAligned())
            .AddColumn(new TableColumn("增减").RightAligned())
            .AddColumn(new TableColumn("同比").RightAligned());
        Stage(table, "新签约项目", r.Signed);
        Stage(table, "新开工项目", r.Started);
        Row(table, "投产项目(个)", Whole(r.Producing.Count), Whole(r.Producing.PreviousCount), Whole(r.Producing.Count - r.Producing.PreviousCount), "");
        Row(table, "在建亿元以上(个)", Whole(r.UnderConstruction.AtLeast1), Whole(r.UnderConstruction.PreviousAtLeast1),
            Whole(r.UnderConstruction.AtLeast1 - r.UnderConstruction.PreviousAtLeast1), "");
        Row(table, "  其中省外资金(个)", $"{r.UnderConstruction.AtLeast1OutsideProvince}", "", "", "");
        Row(table, "实际到位资金(亿元)", Yi(r.Funds.InPlace), Yi(r.Funds.Previous), Yi(r.Funds.Difference), Percent(r.Funds.Yoy));
        console.Write(table);
        console.WriteLine($"开工率 {Percent(r.StartRate)}（上年同期 {Percent(r.StartRatePrevious)}）  入统率 {Percent(r.StatsRate)}（上年同期 {Percent(r.StatsRatePrevious)}）");
        if (r.Targets.Count == 0) return;
        console.WriteLine();
        console.WriteLine("目标任务：");
        var targets = ResultTable.Create(console).AddColumn("地区").AddColumn("指标");
        foreach (var heading in new[] { "目标", "完成", "完成率", "时序进度" }) targets.AddColumn(new TableColumn(heading).RightAligned());
        targets.AddColumn("");
        foreach (var t in r.Targets)
            targets.AddRow(new Text(t.Region), new Text(t.Indicator), new Text(ValueFormat.ForIndicator(t.Indicator).FormatBare(t.Target)), new Text(ValueFormat.ForIndicator(t.Indicator).FormatBare(t.Actual)),
                new Text(Percent(t.Completion)), new Text(Percent(t.Schedule)), Light(t.Light));
        console.Write(targets);
    }

    private static void Stage(Table table, string name, StageFigures s)
    {
        Row(table, name + "(个)", Whole(s.Count), Whole(s.Previous.Count), Whole(s.Difference.Count), Percent(s.Yoy.Count));
        Row(table, "  投资额(亿元)", Yi(s.Investment), Yi(s.Previous.Investment), Yi(s.Difference.Investment), Percent(s.Yoy.Investment));
        foreach (var band in s.AtLeast.Keys)
            Row(table, "  " + band + "亿元以上", Whole(s.AtLeast[band]), Whole(s.Previous.AtLeast[band]), Whole(s.Difference.AtLeast[band]), Percent(s.Yoy.AtLeast[band]));
    }

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => new Text(c)));

    private static string Percent(double? value) => value is { } v ? ValueFormat.Percent.FormatNumber((decimal)v) : "—";

    private static string Yi(decimal value) => ValueFormat.Yi.FormatBare(value);

    private static string Whole(decimal value) => NumberStyle.Negative(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Text Light(string light) => light switch
    {
        "green" => new Text("绿", new Style(Color.Green)),
        "yellow" => new Text("黄", new Style(Color.Yellow)),
        _ => new Text("红", new Style(Color.Red)),
    };
}
