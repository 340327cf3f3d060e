using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Metrics;
using Analytics.Core.Models;
using Spectre.Console;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics kpis</c>, <c>analytics rankings</c> and <c>analytics query</c>: the marts of the current data version.
/// <c>kpis</c> and <c>rankings</c> default to the last date of the data, and to a table on a terminal and JSON elsewhere.
/// </summary>
internal static class MetricsCommands
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const string AsOfHelp = "截止日期（默认数据的最后日期）/ the as-of date (default: the last date of the data)";

    public static Command CreateKpis()
    {
        var asOf = DateOption.Create("--as-of", AsOfHelp);
        var region = new Option<string?>("--region") { Description = "只看一个地区，如 鸠江区（默认全市）/ one region only (default: the whole city)", HelpName = "地区" };
        var format = CliOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var data = CliOptions.Data();
        var command = new Command("kpis", "主要指标：本期、上年同期、增减、同比、开工率、入统率与目标进度 / headline figures with last year's, differences, YoY, rates and targets")
        {
            asOf, region, format, data,
        };
        command.SetAction(parse => Run(parse.DataDirectory(data), reader =>
        {
            var report = reader.Kpis(parse.GetValue(asOf) ?? reader.DataRange().Last, parse.GetValue(region));
            if (parse.FormatOrDefault(format) == OutputFormat.Json) Console.WriteLine(JsonSerializer.Serialize(report, Json));
            else KpiTable.Write(report, Terminal.Out);
        }));
        return command;
    }

    public static Command CreateRankings()
    {
        var asOf = DateOption.Create("--as-of", AsOfHelp);
        var by = ChoiceOption.Required<RankingDimension>("--by", "按什么排名 / what is ranked");
        var metric = ChoiceOption.Required<RankingMetric>("--metric", "排名指标（target_completion 只用于地区）/ the metric (target_completion ranks regions only)");
        var format = CliOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var data = CliOptions.Data();
        var command = new Command("rankings", "按地区、产业链或资金来源排名，含上年同期数值与名次 / a ranking with last year's value and rank")
        {
            asOf, by, metric, format, data,
        };
        command.SetAction(parse => Run(parse.DataDirectory(data), reader =>
        {
            var rows = reader.Rankings(parse.GetValue(asOf) ?? reader.DataRange().Last, ChoiceOption.Name(parse.GetValue(by)), ChoiceOption.Name(parse.GetValue(metric)));
            switch (parse.FormatOrDefault(format))
            {
                case OutputFormat.Json:
                    Console.WriteLine(JsonSerializer.Serialize(rows, Json));
                    break;
                case OutputFormat.Csv:
                    Console.WriteLine("rank,member,value,previousValue,previousRank,rankChange");
                    foreach (var r in rows)
                        Console.WriteLine(string.Join(",", Csv(r.Rank), Csv(r.Member), Csv(r.Value), Csv(r.PreviousValue), Csv(r.PreviousRank), Csv(r.RankChange)));
                    break;
                default:
                    RankingTable(rows, parse.GetValue(metric));
                    break;
            }
        }));
        return command;
    }

    /// <summary>The ranking as a table: counts as whole numbers, amounts in 亿元 to one decimal, rates as percentages.</summary>
    private static void RankingTable(IReadOnlyList<RankingRow> rows, RankingMetric metric)
    {
        string Value(double? value) => value is not { } v ? "—" : metric switch
        {
            RankingMetric.SignedCount or RankingMetric.StartedCount => v.ToString("N0", CultureInfo.InvariantCulture),
            RankingMetric.SignedInvestment or RankingMetric.FundsInPlace => v.ToString("N1", CultureInfo.InvariantCulture),
            _ => (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        };
        var table = ResultTable.Create(Terminal.Out).AddColumn(new TableColumn("名次").RightAligned()).AddColumn("成员");
        foreach (var heading in new[] { "数值", "上年同期", "上年名次", "变化" }) table.AddColumn(new TableColumn(heading).RightAligned());
        foreach (var r in rows)
            table.AddRow(new Text($"{r.Rank}"), new Text(r.Member), new Text(Value(r.Value)), new Text(Value(r.PreviousValue)),
                new Text($"{r.PreviousRank}"), new Text(r.RankChange is { } change ? change.ToString("+0;-0;0", CultureInfo.InvariantCulture) : ""));
        Terminal.Out.Write(table);
    }

    public static Command CreateQuery()
    {
        var model = new Argument<string>("MODEL") { Description = "sql/ 中的模型名，如 funnel、monthly、stg_targets / a model of sql/" };
        var asOf = DateOption.Create("--as-of", "截止日期（宏模型必填）/ the as-of date (required by macro models)");
        var format = ChoiceOption.Optional("--format", "输出格式（默认 table）/ output format (default: table)", [OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv]);
        var data = CliOptions.Data();
        var command = new Command("query", "读取 sql/ 中的任一模型 / read any model of sql/") { model, asOf, format, data };
        command.SetAction(parse => Run(parse.DataDirectory(data), reader =>
        {
            using var rows = reader.Query(ModelCatalog.Load(ModelCatalog.DefaultDirectory), parse.GetValue(model)!, parse.GetValue(asOf));
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    Console.WriteLine(JsonSerializer.Serialize(ModelRows.ReadAll(rows), Json));
                    break;
                case OutputFormat.Csv:
                    WriteCsv(rows, Console.Out);
                    break;
                default:
                    ResultTable.Write(rows, Terminal.Out);
                    break;
            }
        }));
        return command;
    }

    private static int Run(string dataDirectory, Action<MetricsReader> action)
    {
        var store = new DataStore(dataDirectory);
        if (store.CurrentId is not { } version) throw new UsageException("尚无数据：请先运行 analytics demo 或 analytics import / no data yet: run analytics demo or analytics import");
        using var connection = store.OpenCurrent();
        try
        {
            action(new MetricsReader(connection, version));
            return 0;
        }
        catch (MetricsException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static void WriteCsv(DbDataReader reader, TextWriter output)
    {
        output.WriteLine(string.Join(",", Enumerable.Range(0, reader.FieldCount).Select(i => Csv(reader.GetName(i)))));
        while (reader.Read())
            output.WriteLine(string.Join(",", Enumerable.Range(0, reader.FieldCount).Select(i => Csv(reader.IsDBNull(i) ? null : reader.GetValue(i)))));
    }

    private static string Csv(object? value)
    {
        var text = value switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            decimal d => (d / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
