using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Accounts;

/// <summary>
/// Checks a login cookie on every request that carries one: the account must still exist, be enabled and have the
/// security stamp the session began with (a removal, a password, role or region change ends its sessions); the session
/// must not have been logged out (<see cref="SessionRevocations"/>) and must be younger than <see cref="SiteOptions.SessionMaxHours"/>.
/// A cookie that fails is an anonymous reader's, and is deleted.
/// </summary>
public static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var principal = context.Principal;
        if (principal is null || IsValid(principal, services)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static bool IsValid(System.Security.Claims.ClaimsPrincipal principal, IServiceProvider services)
    {
        var name = principal.Identity?.Name;
        var sessionId = SessionClaims.SessionId(principal);
        var issued = SessionClaims.IssuedAt(principal);
        if (name is null || sessionId is null || issued is null) return false;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (now - issued.Value > services.GetRequiredService<IOptions<SiteOptions>>().Value.SessionMaxLifetime) return false;
        var account = services.GetRequiredService<UserStore>().Find(name);
        if (account is null || account.Disabled || account.SecurityStamp != principal.FindFirst(SessionClaims.Stamp)?.Value) return false;
        return !services.GetRequiredService<SessionRevocations>().IsRevoked(sessionId, name, issued.Value);
    }
}
