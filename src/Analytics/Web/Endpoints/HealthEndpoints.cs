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
            var checks = new Dictionary<string, object>();
            var version = data.CurrentVersion();
            string? asOf = null;
            try
            {
                if (version is not null)
                {
                    using var lease = data.Open(version);
                    asOf = lease.Metrics.DataRange().Last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                }
                checks["duckdb"] = new { status = "ok", version = DuckDbConnection.LibraryVersion };
            }
            catch (Exception e) when (e is DuckDbException or IOException)
            {
                checks["duckdb"] = new { status = "error", version = DuckDbConnection.LibraryVersion, error = e.Message };
            }
            checks["data"] = version is null ? new { status = "empty" } : new { status = "ok", version, lastDate = asOf };
            try
            {
                checks["dashboards"] = new { status = "ok", pages = dashboards.Catalog.Dashboards.Select(d => d.Name).ToArray() };
            }
            catch (Exception e) when (e is Core.Dashboards.DashboardException or IOException)
            {
                checks["dashboards"] = new { status = "error", error = e.Message };
            }
            var healthy = checks.Values.All(c => c.GetType().GetProperty("status")?.GetValue(c) is "ok");
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
}
