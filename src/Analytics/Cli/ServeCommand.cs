using Analytics.DuckDb;
using Analytics.Jobs;

namespace Analytics.Cli;

/// <summary><c>analytics serve [--urls URL] [--data DIR]</c>.</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddAnalyticsJobs();
        var app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok", duckdb = DuckDbConnection.LibraryVersion }));
        await app.RunAsync();
        return 0;
    }
}
