using System.Security.Cryptography;
using System.Text;

namespace Analytics.Core.Digests;

/// <summary>Message-IDs that are the same for every attempt at one (digest, as-of, recipient), so a receiver can drop a repeat.</summary>
public static class MessageIds
{
    /// <summary>E.g. <c>&lt;digest.2024-05-05.3f9a…@jiangcheng.gov.cn&gt;</c>; <paramref name="domain"/> is the sender's domain.</summary>
    public static string For(string digest, DateOnly asOf, string recipient, string domain)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{digest}\n{asOf:yyyy-MM-dd}\n{recipient.ToLowerInvariant()}"));
        return $"<digest.{asOf:yyyy-MM-dd}.{Convert.ToHexStringLower(hash)[..24]}@{domain}>";
    }
}
