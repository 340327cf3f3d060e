using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Analytics.Core.Digests;
using Analytics.Mail;
using Analytics.Tests.Support;
using MimeKit;

namespace Analytics.Tests.Mail;

/// <summary>A digest sent to a real SMTP server (aiosmtpd, Maildir) and read back with Python's MIME parser.</summary>
public sealed class DigestMailTests
{
    private const string MessageId = "<digest.2021-11-28.0123456789abcdef01234567@jiangcheng.gov.cn>";

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static DateTimeOffset OfficeNow => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai);

    private SmtpServer server = null!;
    private MailMessageJson message = null!;

    [OneTimeSetUp]
    public async Task SendOne()
    {
        server = new SmtpServer();
        using var mailer = new SmtpMailer(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, From = "江城市投资促进中心 <digest@jiangcheng.gov.cn>" });
        using var mail = DigestMessages.Build(SampleDigest.Content(), mailer.From, new DigestRecipient("zhang@jiangcheng.gov.cn", "张主任"), MessageId, OfficeNow);
        await mailer.SendAsync(mail, default);
        await mailer.ReleaseAsync();
        message = server.Messages().Single();
    }

    [OneTimeTearDown]
    public void StopServer() => server.Dispose();

    [Test]
    public void The_Chinese_subject_travels_as_UTF_8_encoded_words()
    {
        Assert.That(message.RawSubject, Does.StartWith("=?utf-8?").IgnoreCase);
        Assert.That(message.RawSubject, Does.Not.Contain("招商"));
        Assert.That(message.Subject, Is.EqualTo("招商引资周报（截至2021年11月28日）"));
    }

    [Test]
    public void Sender_recipient_and_message_id_are_as_given_and_the_date_is_now_in_the_office_s_zone()
    {
        Assert.That(message.From, Is.EqualTo("江城市投资促进中心 <digest@jiangcheng.gov.cn>"));
        Assert.That(message.To, Is.EqualTo("张主任 <zhang@jiangcheng.gov.cn>"));
        Assert.That(message.EnvelopeTo, Is.EqualTo("zhang@jiangcheng.gov.cn"));
        Assert.That(message.MessageId, Is.EqualTo(MessageId));
        var sentAt = DateTimeOffset.Parse(message.Date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(sentAt, Is.EqualTo(DateTimeOffset.Now).Within(TimeSpan.FromMinutes(5)));
        Assert.That(message.Date, Does.EndWith("+0800"));
    }

    [Test]
    public void The_message_is_text_and_html_alternatives_with_the_charts_related_to_the_html()
    {
        Assert.That(message.Parts.Select(p => p.Type), Is.EqualTo(new[]
        {
            "multipart/alternative", "text/plain", "multipart/related", "text/html", "image/png", "image/png",
        }));
    }

    [Test]
    public void Both_parts_carry_the_same_figures_and_the_link()
    {
        var text = message.Part("text/plain").Text!;
        var html = message.Part("text/html").Text!;
        foreach (var figure in new[] { "新签约亿元以上项目643个", "增加233个", "1,447.0亿元", "14.4%" })
        {
            Assert.That(text, Does.Contain(figure));
            Assert.That(html, Does.Contain(figure));
        }
        Assert.That(text, Does.Contain("经开区137个"));
        Assert.That(text, Does.Contain("https://stats.jiangcheng.gov.cn/dashboards/weekly-briefing?as_of=2021-11-28"));
        Assert.That(html, Does.Contain("href=\"https://stats.jiangcheng.gov.cn/dashboards/weekly-briefing?as_of=2021-11-28\""));
    }

    [Test]
    public void Every_cid_in_the_html_names_a_png_part_with_the_chart_s_bytes()
    {
        var html = message.Part("text/html").Text!;
        var cids = Regex.Matches(html, "src=\"cid:([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        var images = message.Parts.Where(p => p.Type == "image/png").ToDictionary(p => p.ContentId!.Trim('<', '>'));

        Assert.That(cids, Is.EqualTo(new[] { "chart-1@digest", "chart-2@digest" }));
        Assert.That(images.Keys, Is.EquivalentTo(cids));
        Assert.That(images["chart-1@digest"].IsPng, Is.True);
        Assert.That(images["chart-1@digest"].Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(SampleDigest.Ranking))));
        Assert.That(images["chart-2@digest"].Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(SampleDigest.Bar))));
    }

    [Test]
    public void The_html_uses_inline_styles_only()
    {
        var html = message.Part("text/html").Text!;
        Assert.That(html, Does.Not.Contain("<style").And.Not.Contain("<link").And.Not.Contain("<script"));
        Assert.That(html, Does.Contain("style=\""));
    }

    [Test]
    public void The_eml_preview_is_the_same_message()
    {
        var path = Path.Combine(server.Root, "preview", "weekly.eml");
        using var mail = DigestMessages.Build(SampleDigest.Content(), MailboxAddress.Parse("digest@jiangcheng.gov.cn"), new DigestRecipient("zhang@jiangcheng.gov.cn"), MessageId, OfficeNow);

        DigestMessages.WriteEml(mail, path);

        var preview = SmtpServer.Parse([path]).Single();
        Assert.That(preview.Subject, Is.EqualTo(message.Subject));
        Assert.That(preview.Parts.Select(p => p.Type), Is.EqualTo(message.Parts.Select(p => p.Type)));
        Assert.That(preview.Part("text/plain").Text, Is.EqualTo(message.Part("text/plain").Text));
        Assert.That(preview.MessageId, Is.EqualTo(MessageId));
    }
}
