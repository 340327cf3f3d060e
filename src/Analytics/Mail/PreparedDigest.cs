using System.Text;

namespace Analytics.Mail;

/// <summary>
/// A digest's content encoded once for every recipient who gets the same page: the multipart/related entity
/// (the HTML part and the chart PNGs, base64) is built here as bytes, so a batch of a thousand messages does not
/// encode the same images a thousand times; each message adds only its own headers and the plain-text part.
/// </summary>
public sealed class PreparedDigest
{
    private readonly byte[] related;

    private PreparedDigest(DigestContent content, string boundary, byte[] related, string text)
    {
        Content = content;
        Boundary = boundary;
        this.related = related;
        Text = text;
    }

    public DigestContent Content { get; }

    /// <summary>The boundary of the multipart/related entity (never found in its base64 parts).</summary>
    public string Boundary { get; }

    /// <summary>The body of the multipart/related entity, 7-bit ASCII with CRLF line ends.</summary>
    public ReadOnlyMemory<byte> Related => related;

    /// <summary>The related entity as a stream of its own (each message reads it once).</summary>
    internal Stream OpenRelated() => new MemoryStream(related, writable: false);

    /// <summary>The plain-text part.</summary>
    public string Text { get; }

    public static PreparedDigest From(DigestContent content)
    {
        // Underscores are not in the base64 alphabet: no line of the parts can look like the boundary.
        var boundary = "related_" + Guid.NewGuid().ToString("N");
        var body = new StringBuilder();
        body.Append("--").Append(boundary).Append("\r\n")
            .Append("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
            .Append(Base64(Encoding.UTF8.GetBytes(EmailDocument.Html(content)))).Append("\r\n");
        foreach (var image in content.Images)
        {
            var file = image.ContentId.Split('@')[0] + ".png";
            body.Append("--").Append(boundary).Append("\r\n")
                .Append("Content-Type: image/png; name=\"").Append(file).Append("\"\r\n")
                .Append("Content-Transfer-Encoding: base64\r\n")
                .Append("Content-ID: <").Append(image.ContentId).Append(">\r\n")
                .Append("Content-Disposition: inline; filename=\"").Append(file).Append("\"\r\n\r\n")
                .Append(Base64(image.Png)).Append("\r\n");
        }
        body.Append("--").Append(boundary).Append("--\r\n");
        return new PreparedDigest(content, boundary, Encoding.ASCII.GetBytes(body.ToString()), EmailDocument.Text(content));
    }

    /// <summary>Base64 in lines of 76 characters ending in CRLF (RFC 2045).</summary>
    private static string Base64(byte[] bytes) => Convert.ToBase64String(bytes, Base64FormattingOptions.InsertLineBreaks);
}
