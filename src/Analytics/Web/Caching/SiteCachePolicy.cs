using Analytics.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Caching;

/// <summary>
/// The output-cache policy of every page, chart, table and API response. The key varies by path, every query value,
/// the reader's role (anonymous readers never share an entry with logged-in ones) and the data version, so that no
/// response of an old version is served after a new one is current, whether its entry was evicted, replaced or not;
/// entries are tagged with the version so that a new version evicts them all at once. Concurrent first requests for
/// one key wait for the first (locking), so a page's queries run once. Only 200 responses are stored.
/// </summary>
public sealed class SiteCachePolicy : IOutputCachePolicy
{
    public const string Name = "site";

    /// <summary>The data version chosen for a request, in <see cref="HttpContext.Items"/>: the handler reads this version.</summary>
    public const string VersionItem = "analytics.version";

    /// <summary>The reader's role the cache key was made with, in <see cref="HttpContext.Items"/>.</summary>
    private const string RoleItem = "analytics.role";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        // The cache runs before the authentication middleware, so that a hit for an anonymous reader skips it; the key
        // holds the reader's role, so a request with the login cookie is authenticated here (the handler keeps the result).
        if (request.Cookies.ContainsKey(SiteSetup.LoginCookie) && await context.HttpContext.AuthenticateAsync() is { Principal: { } principal })
            context.HttpContext.User = principal;
        // Resolved per request: the cache store's options hold this policy, and SiteData needs the store (no cycle).
        var services = context.HttpContext.RequestServices;
        var data = services.GetRequiredService<SiteData>();
        var options = services.GetRequiredService<IOptions<SiteOptions>>();
        var version = data.CurrentVersion();
        context.HttpContext.Items[VersionItem] = version;
        // HEAD is answered by the handler: a stored HEAD response has no body, and its hit would say Content-Length: 0.
        var cacheable = version is not null && HttpMethods.IsGet(request.Method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByHost = false; // pages link with paths only: the same bytes under any host name
        // One value for the reader's role, the data version, the dashboard files' stamp (an edited file shows at once) and
        // the content encoding the compression middleware will choose for this request.
        var encoding = request.Headers.AcceptEncoding.Count == 0 || IsImage(request.Path) ? "" // PNGs are not compressed: one copy for all
            : services.GetRequiredService<IResponseCompressionProvider>().GetCompressionProvider(context.HttpContext)?.EncodingName;
        var role = Reader(context.HttpContext);
        context.HttpContext.Items[RoleItem] = role;
        context.CacheVaryByRules.VaryByValues["reader"] = string.Join('|', role, version ?? "", PagesStamp(services), encoding);
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Value.CacheSeconds);
        if (version is not null) context.Tags.Add(SiteData.VersionTag(version));
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
        // The handler saw the reader the key was made for (a second authentication scheme would have to keep it so).
        if (context.HttpContext.Items[RoleItem] as string != Reader(context.HttpContext)) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    private static string PagesStamp(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<Pages.DashboardSource>().Stamp;
        }
        catch (Core.Dashboards.DashboardException)
        {
            return "broken"; // the page itself reports the problem
        }
    }

    private static bool IsImage(PathString path) => path.Value?.EndsWith(".png", StringComparison.Ordinal) == true;

    /// <summary>The reader's role: <c>anonymous</c> or the session's role (<see cref="AccountRoles"/>).</summary>
    public static string Role(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true) return AccountRoles.Anonymous;
        var role = AccountRoles.Normalize(context.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value);
        return AccountRoles.All.Contains(role) ? role : AccountRoles.Anonymous;
    }

    /// <summary>The reader as the cache key holds it: the role, and a submitter's regions (they see only theirs).</summary>
    private static string Reader(HttpContext context) => Role(context) is AccountRoles.Submitter
        ? AccountRoles.Submitter + ":" + string.Join('\t', SessionClaims.Regions(context.User))
        : Role(context);
}
