using Analytics.Core.Dashboards;
using Analytics.Core.Digests;
using Analytics.Core.Ingest;
using Analytics.Core.Ingest.Store;
using Analytics.Mail;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Quartz;

namespace Analytics.Jobs;

/// <summary>
/// The scheduled work of <c>analytics serve</c>: Quartz.NET with one job per digest (cron in the office's time
/// zone, run once more at every start to catch up missed fires), the ledger drop folder and housekeeping.
/// With <c>Quartz:Clustered=true</c> the schedule and the send log live in PostgreSQL and every trigger fires
/// on one node of the cluster; otherwise the schedule is in memory and the send log in <c>DATA/state</c>.
/// </summary>
public static class JobsRegistration
{
    /// <summary>The name every node of a cluster shares.</summary>
    public const string SchedulerName = "analytics";

    public static WebApplicationBuilder AddAnalyticsJobs(this WebApplicationBuilder builder)
    {
        var settings = JobsSettings.Read(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        var pages = DigestPages(settings);
        services.AddSingleton(pages);
        services.AddSingleton(provider => CreateDigestService(settings, pages, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new DropFolder(settings.InboxDirectory, Import(settings.DataRoot), provider.GetRequiredService<TimeProvider>())
        {
            SettleTime = TimeSpan.FromSeconds(settings.Inbox.SettleSeconds),
        });

        // A digest that cannot be scheduled (bad cron, zone, rule, address) stops the start with its message.
        foreach (var digest in pages.Digests) DigestService.Schedule(settings, digest);
        services.AddHostedService(provider => new DigestListsCheck(pages, settings, provider.GetRequiredService<ILogger<DigestListsCheck>>()));

        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(options => options.InstanceName = SchedulerName);
            quartz.UseDefaultTimeZone(settings.OfficeZone);
            if (settings.Cluster.Clustered)
            {
                if (!string.IsNullOrWhiteSpace(settings.Cluster.InstanceId))
                    quartz.ConfigureScheduler(options => options.InstanceId = settings.Cluster.InstanceId);
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(settings.Cluster.ConnectionString!);
                    store.ConfigureStore(options => options.TablePrefix = settings.Cluster.TablePrefix);
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = TimeSpan.FromSeconds(settings.Cluster.CheckinSeconds);
                        cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(settings.Cluster.CheckinSeconds * 2);
                    });
                    if (settings.Cluster.ProvisionSchema) store.ProvisionSchema();
                });
            }
            else
            {
                quartz.UseInMemoryStore();
            }

            foreach (var digest in pages.Digests)
            {
                var key = DigestJob.KeyFor(digest.Key);
                var zone = DigestService.ZoneOf(settings, digest);
                quartz.AddJob<DigestJob>(job => job.WithIdentity(key).UsingJobData(DigestJob.DigestKey, digest.Key).StoreDurably().RequestRecovery());
                quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity(digest.Key, DigestJob.Group)
                    .WithCronSchedule(digest.Definition.Cron, cron => cron.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
                quartz.RunAtStartup(key);
            }
            if (settings.Inbox.Enabled)
                quartz.ScheduleJob<DropFolderJob>(trigger => trigger.WithIdentity("inbox", "local").WithCronSchedule(settings.Inbox.Schedule),
                    job => job.WithIdentity(DropFolderJob.Key));
            quartz.ScheduleJob<HousekeepingJob>(trigger => trigger.WithIdentity("housekeeping", "local").WithCronSchedule(settings.Retention.Schedule),
                job => job.WithIdentity(HousekeepingJob.Key));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>The digests the dashboards declare, read once.</summary>
    public static DashboardDigestPages DigestPages(JobsSettings settings) =>
        new(settings.DataRoot, DashboardCatalog.LoadEach(settings.DashboardsDirectory ?? DashboardCatalog.DefaultDirectory), settings.SiteUrl);

    /// <summary>The digest service of this installation, as <c>serve</c>, <c>digest</c> and <c>status</c> use it.</summary>
    public static DigestService CreateDigestService(JobsSettings settings, DashboardDigestPages pages, TimeProvider clock) =>
        new(settings, pages, CreateSendLog(settings), new SmtpMailer(settings.Smtp), new ChartImages(), clock) { Node = NodeName(settings) };

    /// <summary>
    /// The configuration the command-line verbs read, from the same places as <c>serve</c>: <c>appsettings.json</c> and
    /// <c>appsettings.ENVIRONMENT.json</c> beside the executable, then environment variables (<c>Smtp__Host=…</c>).
    /// </summary>
    public static IConfiguration LoadConfiguration(string? dataDirectory)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables();
        if (dataDirectory is not null) configuration.AddInMemoryCollection([new("data", dataDirectory)]);
        return configuration.Build();
    }

    /// <summary>The send log: the cluster's PostgreSQL when clustered (tables created if missing), else files under <c>DATA/state/digests</c>.</summary>
    public static ISendLog CreateSendLog(JobsSettings settings)
    {
        if (!settings.Cluster.Clustered) return FileSendLog.ForDataDirectory(settings.DataRoot);
        var log = new PostgresSendLog(NpgsqlDataSource.Create(settings.Cluster.ConnectionString!));
        log.EnsureSchemaAsync(CancellationToken.None).GetAwaiter().GetResult();
        return log;
    }

    /// <summary>Imports files as <c>analytics import</c> does: the SQL models run on the new version before it becomes current.</summary>
    public static Func<IReadOnlyList<string>, ImportResult> Import(string dataRoot) =>
        files => new Importer(new DataStore(dataRoot)) { BeforePublish = Cli.Pipeline.BeforePublish }.Import(files, action: "inbox");

    private static string NodeName(JobsSettings settings) =>
        settings.Cluster.Clustered && !string.IsNullOrWhiteSpace(settings.Cluster.InstanceId)
            ? settings.Cluster.InstanceId
            : $"{Environment.MachineName}:{Environment.ProcessId}";
}
