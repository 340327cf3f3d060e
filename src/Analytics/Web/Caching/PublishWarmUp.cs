using System.Net;
using System.Text.RegularExpressions;
using Analytics.Core.Dashboards;
using Analytics.Web.Pages;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Analytics.Web.Caching;

/// <summary>
/// When a new data version becomes current (and once at start), requests the public pages and every chart image
/// they show from the site itself, as an anonymous browser would, so that the output cache holds them before the
/// first reader asks: a chart is drawn once per data version, and not while a reader waits.
/// </summary>
public sealed partial class PublishWarmUp(IServer server, SiteData data, DashboardSource dashboards, IHostApplicationLifetime lifetime,
    ILogger<PublishWarmUp> logger) : BackgroundService
{
    /// <summary>How often the current version is looked at (a cheap read of the publish counter).</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    /// <summary>The version whose public pages were last warmed, for tests and /healthz.</summary>
    public string? WarmedVersion { get; private set; }

    /// <summary>
    /// Draws one small chart before the site takes requests: the first chart of a process loads the typefaces and
    /// ScottPlot (about half a second), which should neither fall into a reader's request nor compete with one.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Charts.Chart.RenderPng(new Charts.Specs.BarChartSpec { Title = "预热", Categories = ["甲"], Series = [new("乙", [1m])] }, 1);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        if (!await Started(stopping)) return;
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null) return; // an in-memory test server has no address to call
        // Decompression on: the client asks for gzip, deflate and br as a browser does, so the entries stored are the ones
        // a browser will look up (the site answers both with Brotli), and the page's HTML can still be read here.
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All })
        {
            BaseAddress = new Uri(address.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1").Replace("://0.0.0.0", "://127.0.0.1")),
            Timeout = TimeSpan.FromSeconds(60),
        };
        while (!stopping.IsCancellationRequested)
        {
            var version = data.CurrentVersion();
            if (version is not null && version != WarmedVersion)
            {
                try
                {
                    var count = await WarmAsync(client, stopping);
                    WarmedVersion = version;
                    logger.LogInformation("Warmed {Count} public pages and charts of data version {Version}", count, version);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !stopping.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Warming the public pages of data version {Version} failed; trying again", version);
                }
            }
            await Task.Delay(Poll, stopping).ContinueWith(_ => { }, CancellationToken.None);
        }
    }

    private async Task<int> WarmAsync(HttpClient client, CancellationToken stopping)
    {
        var count = 0;
        foreach (var dashboard in dashboards.Catalog.Dashboards.Where(d => d.Audience == Audience.Public))
        {
            var path = dashboard.Name == "public-statistics" ? "/" : "/" + dashboard.Name;
            var html = await GetAsync(client, path, stopping);
            count++;
            if (html is null) continue;
            foreach (var image in ChartImages(html))
            {
                await GetAsync(client, image, stopping);
                count++;
            }
        }
        return count;
    }

    /// <summary>The chart image URLs of a page (<c>src</c> and every <c>srcset</c> candidate), as written in it.</summary>
    internal static IEnumerable<string> ChartImages(string html) =>
        ImageUrl().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).Distinct(StringComparer.Ordinal);

    private static async Task<string?> GetAsync(HttpClient client, string path, CancellationToken stopping)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var response = await client.GetAsync(path, stopping);
            // The per-client limit on uncached work applies to this client too: wait and ask again.
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stopping);
                continue;
            }
            if (!response.IsSuccessStatusCode) return null;
            return response.Content.Headers.ContentType?.MediaType == "text/html" ? await response.Content.ReadAsStringAsync(stopping) : null;
        }
        return null;
    }

    private async Task<bool> Started(CancellationToken stopping)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var stop = stopping.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    [GeneratedRegex("""(?:src="|srcset="|,\s*)(?<url>/charts/[^"\s,]+)""")]
    private static partial Regex ImageUrl();
}
