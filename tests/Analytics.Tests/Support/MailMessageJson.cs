using System.Text.Json.Serialization;

namespace Analytics.Tests.Support;

/// <summary>A stored message as Python's MIME parser reads it (see mime_json.py).</summary>
public sealed record MailMessageJson(
    string File,
    string RawSubject,
    string Subject,
    string From,
    string To,
    string EnvelopeTo,
    string MessageId,
    string Date,
    IReadOnlyList<MailPartJson> Parts)
{
    public MailPartJson Part(string type) => Parts.Single(p => p.Type == type);
}

/// <summary>One MIME part: type, Content-ID, and its decoded text or the SHA-256 of its bytes.</summary>
public sealed record MailPartJson(
    string Type,
    string? ContentId,
    string? TransferEncoding,
    string? Text,
    string? Sha256,
    [property: JsonPropertyName("isPng")] bool? IsPng);
