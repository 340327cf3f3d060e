using Analytics.Core.Digests;
using Analytics.Mail;
using Analytics.Tests.Support;

namespace Analytics.Tests.Mail;

/// <summary><c>--to FILE.eml</c> writes the message that would be sent: one message, sent and written, reads back the same.</summary>
public sealed class EmlPreviewTests
{
    [Test]
    public async Task The_eml_file_and_the_sent_message_have_the_same_headers_and_parts()
    {
        using var server = new SmtpServer();
        using var mailer = new SmtpMailer(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, From = "江城市投资促进中心 <digest@jiangcheng.gov.cn>" });
        var date = new DateTimeOffset(2021, 11, 29, 8, 0, 3, TimeSpan.FromHours(8));
        using var mail = DigestMessages.Build(SampleDigest.Content(), mailer.From, new DigestRecipient("zhang@jiangcheng.gov.cn", "张主任"),
            "<digest.2021-11-28.eml@jiangcheng.gov.cn>", date);
        var path = Path.Combine(server.Root, "preview", "weekly.eml");

        DigestMessages.WriteEml(mail, path);
        await mailer.SendAsync(mail, default);
        await mailer.ReleaseAsync();

        var sent = server.Messages().Single();
        var preview = SmtpServer.Parse([path]).Single();
        Assert.That((preview.RawSubject, preview.From, preview.To, preview.MessageId, preview.Date),
            Is.EqualTo((sent.RawSubject, sent.From, sent.To, sent.MessageId, sent.Date)));
        Assert.That(preview.Date, Is.EqualTo("Mon, 29 Nov 2021 08:00:03 +0800"));
        Assert.That(preview.Parts, Is.EqualTo(sent.Parts));
        Assert.That(preview.Parts, Has.Count.EqualTo(6));
        Assert.That(File.ReadAllText(path), Does.Contain("\r\n").And.Not.Contain("招商"), "7-bit text with CRLF line ends, as on the wire");
    }
}
