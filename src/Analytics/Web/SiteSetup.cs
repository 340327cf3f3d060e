using System.IO.Compression;
using Analytics.Audit;
using Analytics.Web.Accounts;
using Analytics.Web.Caching;
using Analytics.Web.Endpoints;
using Analytics.Web.Pages;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Analytics.Web;

/// <summary>The site's wiring: <c>builder.AddAnalyticsSite()</c>, then <c>app.UseAnalyticsSite()</c>.</summary>
public static class SiteSetup
{
    /// <summary>The cookie of a logged-in reader.</summary>
    public const string LoginCookie = "analytics_auth";

    public static WebApplicationBuilder AddAnalyticsSite(this WebApplicationBuilder builder)
    {
        // A request runs on the thread that read it rather than being queued to the thread pool again: a cached page is
        // answered sooner. Nothing in a request blocks that thread longer than it would block a thread-pool thread.
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var services = builder.Services;
        services.AddOptions<Jobs.OfficeOptions>().BindConfiguration("Office");
        services.AddOptions<SiteOptions>().BindConfiguration("Site").Configure<IConfiguration>((options, configuration) =>
            options.Data = SiteOptions.DataRootOf(configuration));
        services.AddSingleton<SiteData>();
        services.AddSingleton<DashboardSource>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<ReturnUrls>();
        services.AddSingleton<RenderCounter>();
        services.AddSingleton<SitePages>();
        services.AddSingleton(_ => Core.Models.ModelCatalog.Load(Core.Models.ModelCatalog.DefaultDirectory)); // read once, for /api/models
        services.AddHostedService<DemoSeeder>();
        services.AddSingleton<PublishWarmUp>();
        services.AddHostedService(provider => provider.GetRequiredService<PublishWarmUp>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SessionRevocations>();
        services.AddSingleton<LoginLockout>();
        services.AddSingleton<Uploads.LedgerUpload>();
        services.AddSingleton(provider => new Audit.AuditLog(provider.GetRequiredService<IOptions<SiteOptions>>().Value.Data));
        services.AddSiteDataProtection(SiteOptions.DataRootOf(builder.Configuration));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme).Configure<IOptions<SiteOptions>>((options, site) =>
        {
            options.Cookie.Name = LoginCookie;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(Math.Max(1, site.Value.SessionIdleMinutes));
            options.SlidingExpiration = true;
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
        });
        services.AddAuthorization();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "analytics_form";
            options.HeaderName = "X-CSRF-TOKEN"; // the API twin of a form (POST /api/ledgers) sends the form's token here
        });
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 256L * 1024 * 1024;
            options.MaximumBodySize = 8L * 1024 * 1024;
            options.AddPolicy(SiteCachePolicy.Name, new SiteCachePolicy());
        });
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/css", "text/csv", "text/plain", "image/svg+xml", "application/json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.AddSiteRateLimits();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "招商引资数据 API";
            document.Info.Description = "主要指标、排名与模型数据。未登录时只返回汇总数据，涉及项目少于3个的数值为 null。";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication UseAnalyticsSite(this WebApplication app)
    {
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            // A body over a limit or a malformed form is the client's mistake (413/400), not the server's.
            var (status, message) = RequestLimits.Answer(context) ?? (StatusCodes.Status500InternalServerError, "服务器内部错误，请稍后再试；如持续出现请联系管理员。");
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(message);
        }));
        app.UseRouting();
        // Outside the cache, so that a download the cache answers is recorded too.
        app.UseDownloadAudit();
        // Before authentication (the cache policy authenticates only requests with the login cookie: the key holds the
        // reader's role) and before the rate limiter (hits are never limited).
        app.UseOutputCache();
        // Inside the cache: a compressed response is stored as it was sent (the key holds the chosen encoding), so a hit
        // is not compressed again.
        app.UseResponseCompression();
        app.UseAuthentication();
        app.UseAuthorization();
        // After the cache: a cached response keeps the headers it was stored with, so a hit does not set them again.
        app.Use(SecurityHeaders);
        app.UseRateLimiter();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealth();
        app.MapAssets();
        app.MapAuth();
        app.MapStatus();
        app.MapUploads();
        app.MapAdmin();
        app.MapApi();
        app.MapPages();
        return app;
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self' data:; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        return next();
    }
}
