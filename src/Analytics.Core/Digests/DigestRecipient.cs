using System.Net.Mail;

namespace Analytics.Core.Digests;

/// <summary>One addressee of a digest: the address (lower case), a display name, and the region whose page they receive (null: the whole jurisdiction).</summary>
public sealed record DigestRecipient(string Address, string? Name = null, string? Region = null)
{
    /// <summary>Reads <c>wang@example.cn</c> or <c>王科长 &lt;wang@example.cn&gt;</c>; a malformed address is a <see cref="DigestConfigurationException"/>.</summary>
    public static DigestRecipient Parse(string text, string? region = null)
    {
        if (!MailAddress.TryCreate(text?.Trim() ?? "", out var address) || !address.Host.Contains('.') && address.Host != "localhost")
            throw new DigestConfigurationException($"收件人地址无效「{text}」", $"invalid recipient address \"{text}\"");
        return new DigestRecipient(address.Address.ToLowerInvariant(), string.IsNullOrWhiteSpace(address.DisplayName) ? null : address.DisplayName, region);
    }

    /// <summary>True for an address rather than the name of a list.</summary>
    public static bool LooksLikeAddress(string text) => text.Contains('@');
}
