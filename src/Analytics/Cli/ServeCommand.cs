using Analytics.Jobs;
using Analytics.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Analytics.Cli;

/// <summary><c>analytics serve [--urls URL] [--data DIR]</c>: the web site on the current data version (the demo data when there is none).</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        // A test host passes its own --contentRoot; otherwise the content root is the program's folder (appsettings.json).
        var ownRoot = !args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ownRoot ? AppContext.BaseDirectory : null });
        builder.AddAnalyticsSite();
        builder.AddAnalyticsJobs();
        var app = builder.Build();
        app.UseAnalyticsSite();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var url in addresses) Console.WriteLine($"网站已启动 / listening on {url.TrimEnd('/')}/");
        });
        await app.RunAsync();
        return 0;
    }
}
