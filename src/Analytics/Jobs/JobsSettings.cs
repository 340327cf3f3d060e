using Analytics.Core.Digests;
using Analytics.Core.Ingest.Store;
using Analytics.Mail;

namespace Analytics.Jobs;

/// <summary>
/// The scheduled work's configuration, read once: the data directory, the office's time zone, SMTP, the
/// drop folder, retention, the cluster, the site's address for links, and the recipient lists.
/// </summary>
public sealed class JobsSettings
{
    public required string DataRoot { get; init; }

    public required TimeZoneInfo OfficeZone { get; init; }

    public required SmtpOptions Smtp { get; init; }

    public required InboxOptions Inbox { get; init; }

    public required RetentionOptions Retention { get; init; }

    public required ClusterOptions Cluster { get; init; }

    /// <summary>The site's public address, for the page links in digests (<c>Site:PublicUrl</c>, else the first of <c>Urls</c>).</summary>
    public required string SiteUrl { get; init; }

    /// <summary>Whether <c>Site:PublicUrl</c> is set: without it the links in digests use the address the server listens on.</summary>
    public bool PublicUrlSet { get; init; }

    /// <summary>The dashboards' folder (<c>Site:Dashboards</c>); null: the product's <c>dashboards/</c>, found when needed.</summary>
    public string? DashboardsDirectory { get; init; }

    /// <summary>Named lists and internal recipients (<c>Digests:Lists:NAME</c>, <c>Digests:InternalRecipients</c>).</summary>
    public required RecipientResolver Recipients { get; init; }

    public string InboxDirectory => string.IsNullOrWhiteSpace(Inbox.Directory) ? Path.Combine(DataRoot, "inbox") : Inbox.Directory;

    /// <summary>Reads and checks the settings; a bad value is a <see cref="DigestConfigurationException"/>.</summary>
    public static JobsSettings Read(IConfiguration configuration)
    {
        var cluster = configuration.GetSection("Quartz").Get<ClusterOptions>() ?? new ClusterOptions();
        if (cluster.Clustered && string.IsNullOrWhiteSpace(cluster.ConnectionString))
            throw new DigestConfigurationException("Quartz:Clustered=true 需要 Quartz:ConnectionString（PostgreSQL 连接串）",
                "Quartz:Clustered=true needs Quartz:ConnectionString (a PostgreSQL connection string)");
        return new JobsSettings
        {
            DataRoot = Path.GetFullPath(Web.SiteOptions.DataRootOf(configuration)),
            OfficeZone = OfficeOptions.Read(configuration).Zone(),
            Smtp = configuration.GetSection("Smtp").Get<SmtpOptions>() ?? new SmtpOptions(),
            Inbox = configuration.GetSection("Inbox").Get<InboxOptions>() ?? new InboxOptions(),
            Retention = configuration.GetSection("Data:Retention").Get<RetentionOptions>() ?? new RetentionOptions(),
            Cluster = cluster,
            SiteUrl = (configuration["Site:PublicUrl"] is { Length: > 0 } url ? url : configuration["Urls"]?.Split(';')[0] ?? "http://127.0.0.1:5080").TrimEnd('/'),
            PublicUrlSet = configuration["Site:PublicUrl"] is { Length: > 0 },
            DashboardsDirectory = configuration["Site:Dashboards"] is { Length: > 0 } dashboards ? dashboards : null,
            Recipients = new RecipientResolver(Lists(configuration.GetSection("Digests:Lists")), Strings(configuration.GetSection("Digests:InternalRecipients"))),
        };
    }

    /// <summary>A list's members: strings (<c>a@x.cn</c>, <c>张主任 &lt;a@x.cn&gt;</c>, or several separated by <c>;</c>) or objects with Address, Name and Region.</summary>
    private static Dictionary<string, IReadOnlyList<DigestRecipient>> Lists(IConfigurationSection section)
    {
        var lists = new Dictionary<string, IReadOnlyList<DigestRecipient>>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in section.GetChildren())
        {
            var members = new List<DigestRecipient>();
            if (list.Value is { } scalar) members.AddRange(Split(scalar).Select(s => DigestRecipient.Parse(s)));
            foreach (var item in list.GetChildren())
            {
                if (item.Value is { } text) members.AddRange(Split(text).Select(s => DigestRecipient.Parse(s)));
                else if (item["Address"] is { } address)
                    members.Add(DigestRecipient.Parse(address, item["Region"]) with { Name = item["Name"] ?? DigestRecipient.Parse(address).Name });
            }
            lists[list.Key] = members;
        }
        return lists;
    }

    private static List<string> Strings(IConfigurationSection section) =>
        (section.Value is { } scalar ? Split(scalar) : []).Concat(section.GetChildren().SelectMany(c => c.Value is { } v ? Split(v) : [])).ToList();

    private static IEnumerable<string> Split(string text) =>
        text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
