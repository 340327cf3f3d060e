using System.Text;
using Analytics.Core.Digests;
using MimeKit;

namespace Analytics.Mail;

/// <summary>
/// Digest content as a MimeKit message: multipart/alternative with a UTF-8 plain-text part, then a multipart/related
/// entity of the HTML part and the charts as inline PNG parts referenced by <c>cid:</c> (encoded once per content, see
/// <see cref="PreparedDigest"/>). The subject and display names travel as UTF-8 encoded words, the Message-ID is the
/// send log's, and the Date is given by the caller (the office's time zone).
/// </summary>
public static class DigestMessages
{
    /// <summary>How messages are written, to the SMTP server and to an <c>.eml</c> file alike: CRLF line ends.</summary>
    public static FormatOptions Format { get; } = CreateFormat();

    /// <summary>The message for one recipient.</summary>
    public static MimeMessage Build(DigestContent content, MailboxAddress from, DigestRecipient to, string messageId, DateTimeOffset date) =>
        Build(PreparedDigest.From(content), from, to, messageId, date);

    /// <summary>The message for one recipient from content encoded once for all (<see cref="PreparedDigest"/>).</summary>
    public static MimeMessage Build(PreparedDigest prepared, MailboxAddress from, DigestRecipient to, string messageId, DateTimeOffset date)
    {
        var text = new TextPart("plain") { ContentTransferEncoding = ContentEncoding.Base64 };
        text.SetText(Encoding.UTF8, prepared.Text);
        var message = new MimeMessage
        {
            Subject = prepared.Content.Subject,
            MessageId = messageId.Trim('<', '>'),
            Date = date,
            // Plain text first: clients show the last alternative they can, the HTML.
            Body = new MultipartAlternative { text, prepared.Related() },
        };
        message.From.Add(from);
        message.To.Add(new MailboxAddress(to.Name, to.Address));
        // What the SMTP client would do before sending (7-bit for any server), done here so that the .eml is the same.
        message.Prepare(EncodingConstraint.SevenBit);
        return message;
    }

    /// <summary>Writes the message as an RFC 5322 file (<c>.eml</c>) for preview, byte for byte as it would be sent.</summary>
    public static void WriteEml(MimeMessage message, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        message.WriteTo(Format, full);
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
