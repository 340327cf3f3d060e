using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Analytics.Web;

/// <summary>
/// Rate limits: login attempts per client address per minute, and for uncached work (a render that reaches the
/// data: the middleware runs after the output cache, so cached answers are never limited) a per-client token bucket
/// and a site-wide cap on concurrent renders with a queue.
/// </summary>
public static class SiteRateLimits
{
    public const string Login = "login";

    /// <summary>Endpoint metadata: requests to this endpoint that miss the cache count as uncached work.</summary>
    public sealed class UncachedWork
    {
        public static readonly UncachedWork Instance = new();
    }

    public static IServiceCollection AddSiteRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SiteOptions>>((limits, site) =>
        {
            var options = site.Value;
            limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limits.OnRejected = async (context, cancellation) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "10";
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("请求过于频繁，请稍后再试。", cancellation);
            };
            limits.AddPolicy(Login, context => RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, options.LoginAttemptsPerMinute),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
            limits.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsUncachedWork(context) && options.UncachedPerClientPerSecond > 0
                        ? RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => new TokenBucketRateLimiterOptions
                        {
                            TokenLimit = options.UncachedPerClientPerSecond * 2,
                            TokensPerPeriod = options.UncachedPerClientPerSecond,
                            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                            QueueLimit = 0,
                        })
                        : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsUncachedWork(context)
                        ? RateLimitPartition.GetConcurrencyLimiter("renders", _ => new ConcurrencyLimiterOptions
                        {
                            PermitLimit = Math.Max(1, options.ConcurrentRenders),
                            QueueLimit = 4096,
                            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                        })
                        : RateLimitPartition.GetNoLimiter("")));
        });
        services.AddRateLimiter(_ => { });
        return services;
    }

    private static bool IsUncachedWork(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<UncachedWork>() is not null;

    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";
}
