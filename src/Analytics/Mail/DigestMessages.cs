using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Analytics.Core.Digests;

namespace Analytics.Mail;

/// <summary>
/// Digest content as a MIME message: multipart/alternative with a UTF-8 plain-text part and a
/// multipart/related entity of the HTML part and the charts as inline PNG parts referenced by <c>cid:</c>
/// (built once per content, see <see cref="PreparedDigest"/>); the subject
/// and display names are encoded as UTF-8 words, and the Message-ID is the send log's (System.Net.Mail writes the Date when it sends).
/// </summary>
public static class DigestMessages
{
    /// <summary>The message for one recipient; the caller disposes it.</summary>
    public static MailMessage Build(DigestContent content, MailAddress from, DigestRecipient to, string messageId) =>
        Build(PreparedDigest.From(content), from, to, messageId);

    /// <summary>The message for one recipient from content encoded once for all (<see cref="PreparedDigest"/>); the caller disposes it.</summary>
    public static MailMessage Build(PreparedDigest prepared, MailAddress from, DigestRecipient to, string messageId)
    {
        var message = new MailMessage
        {
            From = from,
            Subject = prepared.Content.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        message.To.Add(new MailAddress(to.Address, to.Name, Encoding.UTF8));
        message.Headers["Message-ID"] = messageId;

        var text = AlternateView.CreateAlternateViewFromString(prepared.Text, Encoding.UTF8, MediaTypeNames.Text.Plain);
        text.TransferEncoding = TransferEncoding.Base64;
        // The related entity is already MIME (7-bit, its parts base64): System.Net.Mail writes it as it is.
        var type = new ContentType("multipart/related") { Boundary = prepared.Boundary };
        type.Parameters["type"] = MediaTypeNames.Text.Html;
        var related = new AlternateView(prepared.OpenRelated(), type) { TransferEncoding = TransferEncoding.SevenBit };
        // Plain text first: clients show the last alternative they can, the HTML.
        message.AlternateViews.Add(text);
        message.AlternateViews.Add(related);
        return message;
    }

    /// <summary>Writes the message as an RFC 5322 file (<c>.eml</c>) for preview, exactly as it would be sent.</summary>
    public static void WriteEml(MailMessage message, string path)
    {
        var pickup = Path.Combine(Path.GetTempPath(), "analytics-eml-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(pickup);
        try
        {
            using (var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = pickup })
                client.Send(message);
            var written = Directory.GetFiles(pickup).Single();
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.Move(written, full, overwrite: true);
        }
        finally
        {
            Directory.Delete(pickup, recursive: true);
        }
    }
}
