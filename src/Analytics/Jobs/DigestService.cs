using System.Collections.Concurrent;
using Analytics.Core.Digests;
using Analytics.Mail;
using MimeKit;

namespace Analytics.Jobs;

/// <summary>
/// The digests of this installation: scheduled runs (<see cref="RunDueAsync"/>), a send now
/// (<see cref="SendNowAsync"/>), a preview message (<see cref="Preview"/>) and the failed and skipped sends
/// for the status page (<see cref="ProblemsAsync"/>). Pages are rendered and encoded once per batch and region,
/// charts rasterised once per data version.
/// </summary>
public sealed class DigestService(JobsSettings settings, DashboardDigestPages pages, ISendLog log, SmtpMailer mailer, ChartImages charts, TimeProvider clock)
{
    public IReadOnlyList<DigestDeclaration> Digests => pages.Digests;

    public ISendLog Log => log;

    public ChartImages Charts => charts;

    /// <summary>A name for this process in the send log (the cluster node id when clustered).</summary>
    public string Node { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>The digest named <c>dashboard/name</c>, or by its dashboard alone when it has one digest.</summary>
    public DigestDeclaration Find(string name)
    {
        var exact = Digests.FirstOrDefault(d => string.Equals(d.Key, name, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        var byDashboard = Digests.Where(d => string.Equals(d.Page.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byDashboard.Count == 1) return byDashboard[0];
        var known = Digests.Count == 0 ? "（未声明任何简报）/ (none declared)" : string.Join("、", Digests.Select(d => d.Key));
        throw new DigestConfigurationException($"未知简报「{name}」，已声明：{known}", $"unknown digest \"{name}\"; declared: {known}");
    }

    /// <summary>The digest as the scheduler runs it: zone, rule, schedule and recipients resolved and checked.</summary>
    public ScheduledDigest Schedule(DigestDeclaration digest) => Schedule(settings, digest);

    /// <summary>The digest as the scheduler runs it; a bad cron, zone, rule, subject or recipient is a <see cref="DigestConfigurationException"/>.</summary>
    public static ScheduledDigest Schedule(JobsSettings settings, DigestDeclaration digest)
    {
        var zone = ZoneOf(settings, digest);
        var resolved = settings.Recipients.Resolve(digest.Definition.Recipients, digest.Internal);
        return new ScheduledDigest(digest.Key, digest.Page.Name, AsOfRule.Parse(digest.Definition.AsOfRule), zone,
            QuartzSchedules.NextFireAfter(digest.Definition.Cron, zone, digest.Key), resolved.Recipients.Select(r => r.Address).ToList(), resolved.Excluded);
    }

    /// <summary>Runs what the digest owes now: the latest due fire once, missed ones recorded as skipped.</summary>
    public async Task<RunReport> RunDueAsync(string key, CancellationToken cancellationToken)
    {
        var digest = Find(key);
        try
        {
            return await new DigestRunner(Sender()).RunDueAsync(Schedule(digest), asOf => SendFor(digest, asOf, null), cancellationToken);
        }
        finally
        {
            await mailer.ReleaseAsync();
        }
    }

    /// <summary>Records that a trigger of the digest fired here, before the run decides what it owes.</summary>
    public Task RecordFireAsync(string key, DateTimeOffset scheduledFire, CancellationToken cancellationToken)
    {
        var digest = Find(key);
        var asOf = AsOfRule.Parse(digest.Definition.AsOfRule).Resolve(scheduledFire, ZoneOf(settings, digest));
        return log.AppendRunAsync(new DigestRun(digest.Key, scheduledFire, asOf, RunOutcome.Fired, clock.GetUtcNow(), null, Node), cancellationToken);
    }

    /// <summary>
    /// Sends the digest as of <paramref name="asOf"/> now to every recipient that has not had it (and, with <paramref name="retryFailed"/>,
    /// those that failed); <paramref name="sent"/> hears of each address the SMTP server accepted.
    /// </summary>
    public async Task<BatchResult> SendNowAsync(string key, DateOnly asOf, bool retryFailed, CancellationToken cancellationToken, IProgress<string>? sent = null)
    {
        var digest = Find(key);
        var scheduled = Schedule(digest);
        var batch = new DigestBatch(digest.Key, digest.Page.Name, asOf, scheduled.Recipients, scheduled.Excluded);
        try
        {
            return await Sender().SendAsync(batch, SendFor(digest, asOf, sent), retryFailed, cancellationToken);
        }
        finally
        {
            await mailer.ReleaseAsync();
        }
    }

    /// <summary>The message one recipient (default: the first) would receive, without sending it.</summary>
    public MimeMessage Preview(string key, DateOnly asOf, string? recipient)
    {
        var digest = Find(key);
        var recipients = Recipients(digest);
        var to = recipient is null
            ? recipients.FirstOrDefault() ?? new DigestRecipient("preview@localhost")
            : recipients.FirstOrDefault(r => string.Equals(r.Address, recipient, StringComparison.OrdinalIgnoreCase)) ?? DigestRecipient.Parse(recipient);
        var page = pages.Render(digest, asOf, [to.Region])[to.Region ?? ""];
        return DigestMessages.Build(Content(page), mailer.From, to, MessageIds.For(digest.Key, asOf, to.Address, Domain), Now);
    }

    /// <summary>Sends whose latest state is failed or skipped, newest first: what the status page and <c>analytics status</c> show.</summary>
    public Task<IReadOnlyList<SendRecord>> ProblemsAsync(int max, CancellationToken cancellationToken) =>
        log.ProblemsAsync(clock.GetUtcNow().AddDays(-settings.Retention.SendLogDays), max, cancellationToken);

    /// <summary>The zone a digest's schedule is read in: its own, else the office's.</summary>
    public static TimeZoneInfo ZoneOf(JobsSettings settings, DigestDeclaration digest) =>
        digest.Definition.TimeZone is { Length: > 0 } id ? Zones.Find(id, digest.Key) : settings.OfficeZone;

    private string Domain => mailer.From.Domain;

    /// <summary>The time in the office's zone: the messages' Date header.</summary>
    private DateTimeOffset Now => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), settings.OfficeZone);

    private DigestSender Sender() => new(log, clock)
    {
        Retry = new RetryPolicy
        {
            MaxAttempts = settings.Smtp.MaxAttempts,
            FirstDelay = TimeSpan.FromSeconds(settings.Smtp.RetryDelaySeconds),
            MaxDelay = TimeSpan.FromSeconds(settings.Smtp.MaxRetryDelaySeconds),
        },
        Parallelism = settings.Smtp.Parallelism,
        MessageIdDomain = Domain,
        Node = Node,
    };

    private List<DigestRecipient> Recipients(DigestDeclaration digest) => settings.Recipients.Resolve(digest.Definition.Recipients, digest.Internal).Recipients.ToList();

    /// <summary>Sends one recipient's message; the pages of every region are rendered on the first call, once for the batch.</summary>
    private SendOne SendFor(DigestDeclaration digest, DateOnly asOf, IProgress<string>? sent)
    {
        var recipients = Recipients(digest).ToDictionary(r => r.Address, StringComparer.OrdinalIgnoreCase);
        var rendered = new Lazy<IReadOnlyDictionary<string, DigestPage>>(
            () => pages.Render(digest, asOf, recipients.Values.Select(r => r.Region).Distinct().ToList()), LazyThreadSafetyMode.ExecutionAndPublication);
        var contents = new ConcurrentDictionary<string, Lazy<PreparedDigest>>(StringComparer.Ordinal);
        return async (address, messageId, cancellationToken) =>
        {
            var recipient = recipients.GetValueOrDefault(address) ?? new DigestRecipient(address);
            var region = recipient.Region ?? "";
            var content = contents.GetOrAdd(region, _ => new Lazy<PreparedDigest>(() => PreparedDigest.From(Content(rendered.Value[region])))).Value;
            using var message = DigestMessages.Build(content, mailer.From, recipient, messageId, Now);
            await mailer.SendAsync(message, cancellationToken);
            sent?.Report(address);
        };
    }

    private DigestContent Content(DigestPage page) => new(
        page.Subject,
        page.Title,
        page.Html,
        page.Text,
        page.Charts.Select(c => new InlineImage(c.ContentId, charts.Png(page.DataVersion, c.Spec), c.Spec.Title)).ToList(),
        page.Link);
}
