using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Analytics.Core.Ingest.Store;
using Analytics.Core.Metrics;
using Analytics.Core.Models;

namespace Analytics.Cli;

/// <summary><c>analytics kpis</c>, <c>analytics rankings</c> and <c>analytics query</c>: the marts of the current data version.</summary>
internal static class MetricsCommands
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Task<int> KpisAsync(string[] args) => Run(args, ["as-of", "region", "format", "data"], "analytics kpis --as-of 2021-11-30 [--region 鸠江区] [--format json|table]", (a, reader) =>
    {
        var report = reader.Kpis(AsOf(a), a.Get("region"));
        switch (Format(a, "json", "table"))
        {
            case "json":
                Console.WriteLine(JsonSerializer.Serialize(report, Json));
                break;
            default:
                KpiTable.Print(report, Console.Out);
                break;
        }
    });

    public static Task<int> RankingsAsync(string[] args) => Run(args, ["as-of", "by", "metric", "format", "data"],
        "analytics rankings --as-of 2021-11-30 --by region|industry_chain|fund_source --metric signed_count|signed_investment|started_count|funds_in_place|target_completion|funds_yoy [--format json|csv|table]",
        (a, reader) =>
        {
            var by = a.Get("by") ?? throw new UsageException("缺少 --by / --by is required");
            var metric = a.Get("metric") ?? throw new UsageException("缺少 --metric / --metric is required");
            var rows = reader.Rankings(AsOf(a), by, metric);
            switch (Format(a, "json", "csv", "table"))
            {
                case "json":
                    Console.WriteLine(JsonSerializer.Serialize(rows, Json));
                    break;
                case "csv":
                    Console.WriteLine("rank,member,value,previousValue,previousRank,rankChange");
                    foreach (var r in rows)
                        Console.WriteLine(string.Join(",", Csv(r.Rank), Csv(r.Member), Csv(r.Value), Csv(r.PreviousValue), Csv(r.PreviousRank), Csv(r.RankChange)));
                    break;
                default:
                    Console.WriteLine($"{"名次",-4} {"成员",-12} {"数值",14} {"上年同期",14} {"上年名次",8} {"变化",4}");
                    foreach (var r in rows)
                        Console.WriteLine($"{r.Rank,-6} {r.Member,-12} {r.Value,16:N4} {r.PreviousValue,16:N4} {r.PreviousRank,10} {r.RankChange,6}");
                    break;
            }
        });

    public static Task<int> QueryAsync(string[] args) => Run(args, ["as-of", "format", "data"], "analytics query MODEL [--as-of 2021-11-30] [--format json|csv|table]", (a, reader) =>
    {
        if (a.Positional.Count != 1) throw new UsageException("用法 / usage: analytics query MODEL [--as-of …] [--format json|csv|table]");
        DateOnly? asOf = a.Get("as-of") is null ? null : AsOf(a);
        using var rows = reader.Query(ModelCatalog.Load(ModelCatalog.DefaultDirectory), a.Positional[0], asOf);
        switch (Format(a, "table", "json", "csv"))
        {
            case "json":
                Console.WriteLine(JsonSerializer.Serialize(ModelRows.ReadAll(rows), Json));
                break;
            case "csv":
                WriteCsv(rows, Console.Out);
                break;
            default:
                TablePrinter.Print(rows, Console.Out);
                break;
        }
    });

    private static Task<int> Run(string[] args, string[] valued, string usage, Action<Arguments, MetricsReader> action)
    {
        var arguments = Arguments.Parse(args, valued, []);
        if (arguments.Help)
        {
            Console.WriteLine("用法 / usage: " + usage);
            return Task.FromResult(0);
        }
        var store = new DataStore(arguments.DataDirectory);
        if (store.CurrentId is not { } version) throw new UsageException("尚无数据：请先运行 analytics demo 或 analytics import / no data yet: run analytics demo or analytics import");
        using var connection = store.OpenCurrent();
        try
        {
            action(arguments, new MetricsReader(connection, version));
            return Task.FromResult(0);
        }
        catch (MetricsException e)
        {
            Console.Error.WriteLine(e.Message);
            return Task.FromResult(2);
        }
    }

    private static DateOnly AsOf(Arguments a)
    {
        var text = a.Get("as-of") ?? throw new UsageException("缺少 --as-of 日期，如 --as-of 2021-11-30 / --as-of is required");
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"无法识别的日期「{text}」，应为 YYYY-MM-DD / bad --as-of date {text}, expected YYYY-MM-DD");
    }

    private static string Format(Arguments a, params string[] allowed)
    {
        var format = a.Get("format") ?? allowed[0];
        return allowed.Contains(format) ? format : throw new UsageException($"未知格式「{format}」，应为 {string.Join("、", allowed)} / unknown --format {format}");
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
