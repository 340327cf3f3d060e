using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Analytics.Web.Accounts;

/// <summary>What a login cookie says: the account's name, role and regions, its security stamp, the session's id and when it began.</summary>
public static class SessionClaims
{
    /// <summary>The account's <see cref="UserAccount.SecurityStamp"/> at login.</summary>
    public const string Stamp = "analytics:stamp";

    /// <summary>The session's random id (a logout revokes it).</summary>
    public const string Session = "analytics:sid";

    /// <summary>When the session began, in Unix milliseconds: the absolute lifetime counts from here, however often the cookie is renewed.</summary>
    public const string Issued = "analytics:issued";

    /// <summary>One claim per region of a submitter.</summary>
    public const string Region = "analytics:region";

    /// <summary>A new session's principal for <paramref name="account"/>.</summary>
    public static ClaimsPrincipal For(UserAccount account, DateTimeOffset now)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.Name, account.Name),
            new(ClaimTypes.Role, account.EffectiveRole),
            new(Stamp, account.SecurityStamp),
            new(Session, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))),
            new(Issued, now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
        ];
        claims.AddRange(account.Regions.Select(r => new Claim(Region, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>The session's id, or null for a principal without one.</summary>
    public static string? SessionId(ClaimsPrincipal principal) => principal.FindFirst(Session)?.Value;

    /// <summary>When the session began, or null when the principal does not say.</summary>
    public static DateTimeOffset? IssuedAt(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirst(Issued)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : null;

    /// <summary>The regions of a submitter's session.</summary>
    public static IReadOnlyList<string> Regions(ClaimsPrincipal principal) => principal.FindAll(Region).Select(c => c.Value).ToList();
}
