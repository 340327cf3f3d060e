using Microsoft.Extensions.Options;

namespace Analytics.Web.Accounts;

/// <summary>
/// Failed logins per account name (known or not, so the answer does not tell which names exist): after
/// <see cref="SiteOptions.LockoutFailures"/> failures within <see cref="SiteOptions.LockoutMinutes"/> the name is locked for that
/// long, even with the right password. Kept in this process's memory (a restart clears it; each node of a cluster counts its own);
/// the per-address rate limit of the login form applies besides.
/// </summary>
public sealed class LoginLockout(IOptions<SiteOptions> options, TimeProvider clock)
{
    private readonly Dictionary<string, List<DateTimeOffset>> failures = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    private TimeSpan Window => TimeSpan.FromMinutes(Math.Max(1, options.Value.LockoutMinutes));

    /// <summary>When the name's lock ends, or null when it may try.</summary>
    public DateTimeOffset? LockedUntil(string name)
    {
        lock (gate)
        {
            var recent = Recent(name);
            return recent.Count >= options.Value.LockoutFailures ? recent[^options.Value.LockoutFailures] + Window : null;
        }
    }

    /// <summary>Counts a failed attempt; true when it locked the name.</summary>
    public bool Failed(string name)
    {
        lock (gate)
        {
            var recent = Recent(name);
            recent.Add(clock.GetUtcNow());
            failures[name] = recent;
            if (failures.Count > 10_000) Prune(); // names made up by an attacker do not pile up
            return recent.Count == options.Value.LockoutFailures;
        }
    }

    /// <summary>A successful login clears the name's failures.</summary>
    public void Succeeded(string name)
    {
        lock (gate) failures.Remove(name);
    }

    private List<DateTimeOffset> Recent(string name)
    {
        var since = clock.GetUtcNow() - Window;
        return failures.TryGetValue(name, out var list) ? list.Where(t => t > since).ToList() : [];
    }

    private void Prune()
    {
        foreach (var name in failures.Keys.ToList())
            if (Recent(name) is { Count: 0 }) failures.Remove(name);
    }
}
