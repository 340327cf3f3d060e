using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using Analytics.Core.Dashboards.Suppression;
using Analytics.Core.Metrics;
using Analytics.Core.Models;
using Analytics.Web.Accounts;
using Analytics.Web.Caching;
using Analytics.Web.Pages;

namespace Analytics.Web.Endpoints;

/// <summary>
/// <c>/api/kpis</c>, <c>/api/rankings</c> and <c>/api/models/{name}</c>: the parameters and JSON of the CLI's
/// <c>kpis</c>, <c>rankings</c> and <c>query</c>. Anonymous readers get the public view of the first two
/// (<see cref="PublicFigures"/>: as of a month end, withheld figures null and listed in <c>suppressed</c>, withheld
/// ranking rows last and unranked); the models, which hold project rows, need a login.
/// </summary>
public static class ApiEndpoints
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").CacheOutput(SiteCachePolicy.Name).WithMetadata(SiteRateLimits.UncachedWork.Instance).WithTags("指标");
        api.MapGet("/kpis", Kpis).WithSummary("主要指标（年初至截至日期，含同比与目标进度）")
            .WithDescription("参数：asOf=YYYY-MM-DD（默认数据最新日期），region=地区名（可选）。未登录时涉及项目少于3个的数值为 null。")
            .Produces<KpiReport>(StatusCodes.Status200OK, "application/json").Produces<ApiError>(StatusCodes.Status400BadRequest, "application/json");
        api.MapGet("/rankings", Rankings).WithSummary("按地区、产业链或资金来源排名")
            .WithDescription("参数：asOf，by=region|industry_chain|fund_source，metric=signed_count|signed_investment|started_count|funds_in_place|target_completion|funds_yoy。")
            .Produces<RankingRow[]>(StatusCodes.Status200OK, "application/json").Produces<ApiError>(StatusCodes.Status400BadRequest, "application/json")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                AllowedValues(operation, "by", MetricsReader.Dimensions);
                AllowedValues(operation, "metric", MetricsReader.RankingMetrics);
                return Task.CompletedTask;
            });
        api.MapGet("/models/{name}", Model).WithSummary("读取一个模型的全部行（需登录）")
            .WithDescription("name 为 sql/ 中的模型名；宏模型需要 asOf。")
            .Produces<Dictionary<string, object?>[]>(StatusCodes.Status200OK, "application/json").Produces<ApiError>(StatusCodes.Status400BadRequest, "application/json")
            .Produces<ApiError>(StatusCodes.Status401Unauthorized, "application/json").Produces<ApiError>(StatusCodes.Status403Forbidden, "application/json");
        return app;
    }

    /// <summary>The body of every error answer of the API: the reason in Chinese.</summary>
    public sealed record ApiError(string Error);

    /// <summary>Lists the values a query parameter allows in the OpenAPI document.</summary>
    private static void AllowedValues(Microsoft.OpenApi.OpenApiOperation operation, string name, IEnumerable<string> values)
    {
        if (operation.Parameters?.FirstOrDefault(p => p.Name == name)?.Schema is Microsoft.OpenApi.OpenApiSchema schema)
            schema.Enum = values.Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v)).ToList();
    }

    private static IResult Kpis(HttpContext context, SiteData data, RenderCounter counter, string? asOf, string? region) =>
        Run(context, data, counter, lease =>
        {
            // The public view (anonymous readers, a submitter outside their regions) sees the published date on or
            // before the one asked for (a month end), with the disclosure rules.
            var date = AsOf(lease, asOf);
            return PublicView(context, region) ? PublicFigures.At(lease.Metrics, date).Kpis(region) : (object)lease.Metrics.Kpis(date, region);
        });

    private static IResult Rankings(HttpContext context, SiteData data, RenderCounter counter, string? asOf, string? by, string? metric) =>
        Run(context, data, counter, lease =>
        {
            if (by is null || metric is null) throw new BadQueryException("缺少参数 by 或 metric。");
            var date = AsOf(lease, asOf);
            return PublicView(context, null) ? PublicFigures.At(lease.Metrics, date).Rankings(by, metric) : lease.Metrics.Rankings(date, by, metric);
        });

    private static IResult Model(HttpContext context, SiteData data, RenderCounter counter, ModelCatalog models, string name, string? asOf) =>
        // An API answers in JSON: a client without a login gets 401 and the reason, never a redirect to an HTML page.
        Anonymous(context) ? TypedResults.Json(new { error = "读取模型数据需要登录" }, Json, statusCode: StatusCodes.Status401Unauthorized)
        : !Access.SeesEverything(context) ? TypedResults.Json(new { error = "地区填报员无权读取模型数据" }, Json, statusCode: StatusCodes.Status403Forbidden)
        : Run(context, data, counter, lease =>
            {
                DateOnly? date = asOf is null ? null : PageQuery.ParseDate(asOf);
                using var reader = lease.Metrics.Query(models, name, date);
                return ModelRows.ReadAll(reader);
            });

    private static IResult Run(HttpContext context, SiteData data, RenderCounter counter, Func<DataLease, object> read)
    {
        var version = context.Items[SiteCachePolicy.VersionItem] as string ?? data.CurrentVersion();
        if (version is null) return TypedResults.Json(new { error = "尚无数据" }, Json, statusCode: StatusCodes.Status503ServiceUnavailable);
        try
        {
            counter.ApiCall();
            using var lease = data.Open(version);
            var body = JsonSerializer.SerializeToUtf8Bytes(read(lease), Json);
            return ConditionalContent.Bytes(context, body, "application/json; charset=utf-8", PublicView(context, context.Request.Query["region"]));
        }
        catch (Exception e) when (e is BadQueryException or MetricsException)
        {
            return TypedResults.Json(new { error = SitePages.ChinesePart(e.Message) }, Json, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static bool Anonymous(HttpContext context) => Access.IsAnonymous(context);

    /// <summary>The public view (figures from fewer than 3 projects withheld): anonymous readers, and a submitter outside their regions.</summary>
    private static bool PublicView(HttpContext context, string? region) => !Access.SeesRegion(context, region);

    private static DateOnly AsOf(DataLease lease, string? text) => text is null ? lease.Metrics.DataRange().Last : PageQuery.ParseDate(text);

}
