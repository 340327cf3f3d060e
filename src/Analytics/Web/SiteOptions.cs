namespace Analytics.Web;

/// <summary>The site's settings: configuration section <c>Site</c>; <c>--data DIR</c> on the command line wins over <c>Site:Data</c>.</summary>
public sealed class SiteOptions
{
    /// <summary>The data directory (versions, raw ledgers, users.json); default <c>ANALYTICS_DATA</c> or <c>./data</c>.</summary>
    public string Data { get; set; } = Core.Ingest.Store.DataStore.DefaultRoot;

    /// <summary>The data directory as the site and its jobs read it: <c>--data</c>, else <c>Site:Data</c>, else <c>ANALYTICS_DATA</c> or <c>./data</c>.</summary>
    public static string DataRootOf(IConfiguration configuration) =>
        configuration["data"] is { Length: > 0 } flag ? flag
        : configuration["Site:Data"] is { Length: > 0 } set ? set
        : Core.Ingest.Store.DataStore.DefaultRoot;

    /// <summary>The folder of the dashboard files; default the repository's <c>dashboards/</c>.</summary>
    public string? Dashboards { get; set; }

    /// <summary>The site's public address, for links in e-mail (e.g. <c>https://stats.example.gov.cn</c>); default the first listening URL.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>With no data yet, write and import the demo ledgers (and the demo account) on start.</summary>
    public bool DemoWhenEmpty { get; set; } = true;

    /// <summary>Uncached renders (pages, charts, API) running at once; more wait in a queue.</summary>
    public int ConcurrentRenders { get; set; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>Uncached requests one client address may make per second (a burst of twice as many is allowed); 0 for no limit.</summary>
    public int UncachedPerClientPerSecond { get; set; } = 20;

    /// <summary>Login attempts one client address may make per minute.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>How long a cached response is kept, in seconds (a new data version evicts everything at once anyway).</summary>
    public int CacheSeconds { get; set; } = 3600;

    /// <summary>Minutes a session stays open without a request (each request renews it).</summary>
    public int SessionIdleMinutes { get; set; } = 120;

    /// <summary>Hours a session lasts at most from its login, however often it is renewed.</summary>
    public double SessionMaxHours { get; set; } = 12;

    /// <summary><see cref="SessionMaxHours"/> as a time span.</summary>
    public TimeSpan SessionMaxLifetime => TimeSpan.FromHours(SessionMaxHours);

    /// <summary>Failed logins of one account name that lock it for <see cref="LockoutMinutes"/>.</summary>
    public int LockoutFailures { get; set; } = 5;

    /// <summary>The window in which failures count, and how long a lock lasts, in minutes.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>The largest ledger file the site accepts in one upload, in megabytes.</summary>
    public int UploadMaxMegabytes { get; set; } = 50;

    /// <summary>The most files one upload may carry.</summary>
    public int UploadMaxFiles { get; set; } = 10;
}
