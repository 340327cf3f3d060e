using System.Globalization;
using Analytics.Core.Ingest.Store;
using DuckDB.NET.Data;
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
            var (duckdb, dataCheck) = version is null
                ? (new HealthCheck("empty", DuckDbEngine.Version), new HealthCheck("empty"))
                : ReadData(data, version);
            var checks = new Dictionary<string, HealthCheck>
            {
                ["duckdb"] = duckdb,
                ["data"] = dataCheck,
                ["dashboards"] = Check(() => new HealthCheck(dashboards.Catalog.Problems.Count == 0 ? "ok" : "error",
                    Pages: dashboards.Catalog.Dashboards.Select(d => d.Name).ToArray(),
                    Error: dashboards.Catalog.Problems.Count == 0 ? null : string.Join("\n", dashboards.Catalog.Problems.Values))),
            };
            var healthy = checks.Values.All(c => c.Status == "ok");
            return TypedResults.Json(new
            {
                status = healthy ? "ok" : "degraded",
                dataVersion = version,
                duckdb = DuckDbEngine.Version,
                renders = new { pages = counter.Pages, charts = counter.Charts, api = counter.Api },
                checks,
            }, ApiEndpoints.Json, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).WithTags("运行状态").WithSummary("数据版本与各依赖的状态");
        return app;
    }

    /// <summary>One connection to the current version answers both: DuckDB opens it, and the data has a last date.</summary>
    private static (HealthCheck DuckDb, HealthCheck Data) ReadData(SiteData data, string version)
    {
        try
        {
            using var lease = data.Open(version);
            var last = lease.Metrics.DataRange().Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return (new HealthCheck("ok", DuckDbEngine.Version), new HealthCheck("ok", version, LastDate: last));
        }
        catch (Exception e) when (e is DuckDBException or IOException or Core.Metrics.MetricsException)
        {
            var error = new HealthCheck("error", Error: e.Message);
            return (e is DuckDBException ? error with { Version = DuckDbEngine.Version } : new HealthCheck("ok", DuckDbEngine.Version), error);
        }
    }

    private static HealthCheck Check(Func<HealthCheck> probe)
    {
        try
        {
            return probe();
        }
        catch (Exception e) when (e is Core.Dashboards.DashboardException or IOException)
        {
            return new HealthCheck("error", Error: e.Message);
        }
    }

    /// <summary>One dependency's state: <c>ok</c>, <c>empty</c> (no data yet) or <c>error</c>.</summary>
    private sealed record HealthCheck(string Status, string? Version = null, string? LastDate = null, string[]? Pages = null, string? Error = null);
}
