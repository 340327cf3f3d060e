using System.Globalization;
using Analytics.DuckDb;
using Analytics.Web.Pages;

namespace Analytics.Web.Endpoints;

/// <summary><c>GET /healthz</c>: the data version and the state of each dependency; 503 when one is down.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (SiteData data, DashboardSource dashboards, RenderCounter counter) =>
        {
            var version = data.CurrentVersion();
            var checks = new Dictionary<string, HealthCheck>
            {
                ["duckdb"] = Check(() =>
                {
                    if (version is null) return new HealthCheck("empty", DuckDbConnection.LibraryVersion);
                    using var lease = data.Open(version);
                    return new HealthCheck("ok", DuckDbConnection.LibraryVersion);
                }),
                ["data"] = Check(() =>
                {
                    if (version is null) return new HealthCheck("empty");
                    using var lease = data.Open(version);
                    return new HealthCheck("ok", version, LastDate: lease.Metrics.DataRange().Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }),
                ["dashboards"] = Check(() => new HealthCheck("ok", Pages: dashboards.Catalog.Dashboards.Select(d => d.Name).ToArray())),
            };
            var healthy = checks.Values.All(c => c.Status == "ok");
            return TypedResults.Json(new
            {
                status = healthy ? "ok" : "degraded",
                dataVersion = version,
                duckdb = DuckDbConnection.LibraryVersion,
                renders = new { pages = counter.Pages, charts = counter.Charts, api = counter.Api },
                checks,
            }, ApiEndpoints.Json, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).WithTags("运行状态").WithSummary("数据版本与各依赖的状态");
        return app;
    }

    private static HealthCheck Check(Func<HealthCheck> probe)
    {
        try
        {
            return probe();
        }
        catch (Exception e) when (e is DuckDbException or IOException or Core.Dashboards.DashboardException or Core.Metrics.MetricsException)
        {
            return new HealthCheck("error", Error: e.Message);
        }
    }

    /// <summary>One dependency's state: <c>ok</c>, <c>empty</c> (no data yet) or <c>error</c>.</summary>
    private sealed record HealthCheck(string Status, string? Version = null, string? LastDate = null, string[]? Pages = null, string? Error = null);
}
