using System.CommandLine;
using Analytics.Jobs;
using Analytics.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Analytics.Cli;

/// <summary><c>analytics serve [--urls URL] [--data DIR] [--Section:Key value]</c>: the web site on the current data version (the demo data when there is none).</summary>
internal static class ServeCommand
{
    /// <summary>The verb; <paramref name="args"/> (everything after <c>serve</c>) become the site's configuration as ASP.NET Core reads them.</summary>
    public static Command Create(string[] args)
    {
        var command = new Command("serve", "启动网站与定时任务 / start the web site and the scheduled jobs")
        {
            new Option<string>("--urls") { Description = "监听地址，默认 http://127.0.0.1:5080 / the addresses to listen on", HelpName = "URL" },
            CliOptions.Data(),
        };
        // Any other configuration key may follow (`--Site:CacheSeconds 60`, `--Smtp:Host mail`), as for any ASP.NET Core program.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((_, _) => RunAsync(args));
        return command;
    }

    private static async Task<int> RunAsync(string[] args)
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
