using MimeKit;

namespace Analytics.Core.Digests;

/// <summary>One addressee of a digest: the address (lower case), a display name, and the region whose page they receive (null: the whole jurisdiction).</summary>
public sealed record DigestRecipient(string Address, string? Name = null, string? Region = null)
{
    /// <summary>Reads <c>wang@example.cn</c> or <c>王科长 &lt;wang@example.cn&gt;</c>; a malformed address is a <see cref="DigestConfigurationException"/>.</summary>
    public static DigestRecipient Parse(string text, string? region = null)
    {
        if (!MailboxAddress.TryParse(text?.Trim() ?? "", out var address) || address.LocalPart.Length == 0
            || !address.Domain.Contains('.') && address.Domain != "localhost")
            throw new DigestConfigurationException($"收件人地址无效「{text}」", $"invalid recipient address \"{text}\"");
        return new DigestRecipient(address.Address.ToLowerInvariant(), string.IsNullOrWhiteSpace(address.Name) ? null : address.Name, region);
    }

    /// <summary>True for an address rather than the name of a list.</summary>
    public static bool LooksLikeAddress(string text) => text.Contains('@');
}
