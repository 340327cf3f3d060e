using System.Text;
using MimeKit;

namespace Analytics.Mail;

/// <summary>
/// A digest's content encoded once for every recipient who gets the same page: the HTML and the chart PNGs are
/// base64-encoded here, once, and each message's MIME parts read those bytes as they are (MimeKit writes pre-encoded
/// content without encoding it again), so a batch of a thousand messages does not encode the same images a thousand times.
/// </summary>
public sealed class PreparedDigest
{
    private readonly byte[] html;
    private readonly IReadOnlyList<(InlineImage Image, byte[] Base64)> images;

    private PreparedDigest(DigestContent content, string text, byte[] html, IReadOnlyList<(InlineImage, byte[])> images)
    {
        Content = content;
        Text = text;
        this.html = html;
        this.images = images;
    }

    public DigestContent Content { get; }

    /// <summary>The plain-text part.</summary>
    public string Text { get; }

    public static PreparedDigest From(DigestContent content) => new(
        content,
        EmailDocument.Text(content),
        Base64(Encoding.UTF8.GetBytes(EmailDocument.Html(content))),
        content.Images.Select(i => (i, Base64(i.Png))).ToList());

    /// <summary>A new multipart/related entity (the HTML, then the charts by Content-ID) over the shared encoded bytes.</summary>
    public MultipartRelated Related()
    {
        var page = new TextPart("html") { Content = Encoded(html), ContentTransferEncoding = ContentEncoding.Base64 };
        page.ContentType.Charset = "utf-8";
        var related = new MultipartRelated { page };
        foreach (var (image, base64) in images)
        {
            var file = image.ContentId.Split('@')[0] + ".png";
            related.Add(new MimePart("image", "png")
            {
                ContentId = image.ContentId,
                Content = Encoded(base64),
                ContentTransferEncoding = ContentEncoding.Base64,
                ContentDisposition = new ContentDisposition(ContentDisposition.Inline),
                FileName = file,
                ContentDescription = image.Description,
            });
        }
        return related;
    }

    /// <summary>Content already in base64: every message gets its own stream over the same bytes.</summary>
    private static MimeContent Encoded(byte[] base64) => new(new MemoryStream(base64, writable: false), ContentEncoding.Base64);

    /// <summary>Base64 in lines of 76 characters ending in CRLF (RFC 2045).</summary>
    private static byte[] Base64(byte[] bytes) =>
        Encoding.ASCII.GetBytes(Convert.ToBase64String(bytes, Base64FormattingOptions.InsertLineBreaks) + "\r\n");
}
